# walrus in comprehensions binds in the enclosing scope
def f():
    r = [last := i for i in range(5)]
    return r, last
print(f())
def g():
    found = None
    any((found := v) > 2 for v in [1, 2, 3, 4])
    return found
print(g())
# at module level the walrus target becomes a module global
r = [mod_last := i * 2 for i in range(3)]
print(r, mod_last)
# inside a nested comprehension the target binds in the outermost function scope
def h():
    r = [[(inner_last := i * j) for j in range(3)] for i in range(3)]
    return inner_last
print(h())
# walrus target declared global in the function
def k():
    global gw
    [gw := i for i in range(4)]
    return gw
print(k(), gw)
# walrus target that is nonlocal
def outer():
    nw = 'start'
    def inner():
        nonlocal nw
        [nw := c for c in 'abc']
    inner()
    return nw
print(outer())
# walrus inside a lambda inside a comprehension binds in the lambda
def lam():
    fs = [lambda: (q := i) for i in range(2)]
    vals = [fn() for fn in fs]
    try:
        return vals, q
    except NameError as e:
        return vals, str(e)
print(lam())
# walrus target in a function makes it a cell when a lambda closes over it
def cell():
    fns = [lambda: captured for captured_src in range(1) if (captured := 'walrus value')]
    return fns[0](), captured
print(cell())
# walrus in a hot comprehension
def hot():
    total = 0
    [total := total + i for i in range(5000)]
    return total
print(hot())
# errors
for src in (
    "[i := 0 for i in range(3)]",
    "[j for i in range(3) for j in range((i := 2))]",
    "[(j := 1) for i in range(2) for j in range(2)]",
    "def f():\n    [x for x in (y := [1])]\n",
    "[[(k := 1) for j in range(2)] for k in range(2)]",
):
    try:
        compile(src, "<test>", "exec")
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
