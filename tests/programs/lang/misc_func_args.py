def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(a=1, c=3, b=0, z=1))

def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))

def g(x, *, y):
    return x, y

tests = [
    ("f()", lambda: f()),
    ("f(1)", lambda: f(1)),
    ("f(1, c=1, a=2)", lambda: f(1, c=1, a=2)),
    ("pos_only(a=1, b=2, c=3, d=4)", lambda: pos_only(a=1, b=2, c=3, d=4)),
    ("pos_only(1, 2, 3, 4)", lambda: pos_only(1, 2, 3, 4)),
    ("g(1, 2)", lambda: g(1, 2)),
    ("g(1)", lambda: g(1)),
    ("g(1, y=2, z=3)", lambda: g(1, y=2, z=3)),
    ("g()", lambda: g()),
    ("len(x=1)", lambda: len(x=1)),
    ("(lambda: 0)(1)", lambda: (lambda: 0)(1)),
    ("(lambda a, b: 0)(1)", lambda: (lambda a, b: 0)(1)),
    ("(lambda a, b, c: 0)()", lambda: (lambda a, b, c: 0)()),
    ("(lambda *, k: 0)()", lambda: (lambda *, k: 0)()),
    ("(lambda *, k, j: 0)()", lambda: (lambda *, k, j: 0)()),
    ("(lambda a=1: 0)(1, 2)", lambda: (lambda a=1: 0)(1, 2)),
    ("(lambda a, b=1: 0)(1, 2, 3)", lambda: (lambda a, b=1: 0)(1, 2, 3)),
]
for label, fn in tests:
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

# Mutable default argument is shared
def append_to(v, target=[]):
    target.append(v)
    return target
print(append_to(1), append_to(2), append_to(3, []))

# Defaults evaluated at definition time
val = 10
def default_time(x=val):
    return x
val = 20
print(default_time(), default_time.__defaults__)

def kwdef(*, k=5):
    return k
print(kwdef.__kwdefaults__, kwdef())

# Function introspection
def sample(a, b, /, c, *args, d, e=1, **kw):
    local_var = 1
    return local_var
co = sample.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames[:8])
print(sample.__name__, sample.__defaults__, sample.__kwdefaults__)

# Keyword argument unpacking order and duplicates
def show(**kw):
    return list(kw.items())
print(show(b=1, a=2, **{"d": 3}, c=4))

# Argument evaluation order
order = []
def mark(v):
    order.append(v)
    return v
def three(a, b, c):
    return a + b + c
three(mark(1), c=mark(3), b=mark(2))
print(order)

# Recursion with default argument accumulator
def flatten(items, acc=None):
    acc = [] if acc is None else acc
    for it in items:
        if isinstance(it, list):
            flatten(it, acc)
        else:
            acc.append(it)
    return acc
print(flatten([1, [2, [3, 4]], 5]))
