# comprehension iteration variables do not leak and do not clobber
x = 'global x'
r = [x for x in range(3)]
print(r, x)
def f():
    y = 'local y'
    r = [y for y in range(3)]
    return r, y
print(f())
def g():
    r = [z for z in range(3)]
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(g())
# unbound outer local of the same name stays unbound
def h():
    r = [w for w in range(3)]
    try:
        print(w)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    w = 'later'
    return r, w
print(h())
# nested comprehension variables
def nested():
    a = 'a'
    b = 'b'
    r = [(a, b) for a in range(2) for b in range(2)]
    r2 = [[a for a in range(2)] for b in range(2)]
    return r, r2, a, b
print(nested())
# dict and set comprehensions and genexps
def others():
    k = 'k'
    v = 'v'
    d = {k: v for k, v in [(1, 2)]}
    s = {k for k in range(3)}
    g = list(k for k in range(3))
    return d, sorted(s), g, k, v
print(others())
# a global declared name used as an iteration variable
def glob():
    global gvar
    gvar = 'global gvar'
    r = [gvar for gvar in range(2)]
    return r, gvar
print(glob(), gvar)
# nonlocal declared name as iteration variable
def outer():
    nv = 'outer nv'
    def inner():
        nonlocal nv
        r = [nv for nv in range(2)]
        return r, nv
    return inner(), nv
print(outer())
# iteration variable in a hot comprehension inside a loop
def hot():
    i = 'outer i'
    total = 0
    for j in range(50):
        total += sum([i for i in range(100)])
    return total, i, j
print(hot())
# tuple unpacking targets and starred targets
def unpack():
    a, b, rest = 'A', 'B', 'R'
    r = [(a, b, rest) for a, (b, *rest) in [(1, (2, 3, 4))]]
    return r, a, b, rest
print(unpack())
