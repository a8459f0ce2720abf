# PEP 709: comprehensions are inlined but keep their own scope for iteration vars.
x = 10
lst = [x for x in range(3)]
print(x, lst)

def f():
    y = "local"
    res = [y for _ in range(2)]
    return res, y
print(f())

# Iteration variable shadows outer name only inside
def g():
    i = "outer i"
    squares = [i * i for i in range(4)]
    return i, squares
print(g())

# Comprehension can read enclosing function variables and modify mutable ones
def h():
    acc = []
    [acc.append(n) for n in range(3)]
    return acc
print(h())

# Class scope: class variables are not visible inside comprehension (except first iterable)
class C:
    items = [1, 2, 3]
    mult = 10
    first_ok = [i for i in items]
    try:
        uses_mult = [i * mult for i in items]
    except NameError as e:
        err = str(e)
print(C.first_ok, C.err)

# locals() inside a function with comprehension
def loc():
    a = 1
    [b for b in range(2)]
    return sorted(locals())
print(loc())

# Walrus in comprehension assigns to enclosing function scope
def wal():
    [last := n for n in range(5)]
    return last
print(wal())

# Walrus cannot rebind iteration variable
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# Walrus in class-body comprehension is an error
try:
    exec("class K:\n    [z := 1 for _ in range(2)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# Nested functions inside comprehension capture comprehension variable
fns = [(lambda: n) for n in range(3)]
print([fn() for fn in fns])

# global declared names in comprehension
counter = 0
def bump():
    global counter
    [None for _ in range(3) if (counter := counter + 1)]
    return counter
try:
    print(bump())
except SyntaxError as e:
    print(e)

# Comprehension variable name same as function parameter
def param(n):
    return [n for n in range(n)]
print(param(4))

# Nested comprehension where inner uses outer's variable
print([[x + y for y in range(x)] for x in range(4)])

# Generator in class body
class D:
    vals = [1, 2]
    total = sum(v for v in vals)
print(D.total)

# NameError message when comprehension refers to undefined name
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
