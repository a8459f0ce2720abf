def f(a, b, /, c, d=4, *, e=5):
    return a, b, c, d, e
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, 4, e=6), f(1, 2, d=0, c=1))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2), g(1, y=3))
def h(a, b=2, /):
    return a + b
print(h(1), h(1, 1))
for call in [lambda: f(a=1, b=2, c=3), lambda: f(1, b=2, c=3), lambda: h(a=1), lambda: h(1, b=2),
             lambda: f(1, 2), lambda: h(1, 2, 3), lambda: h()]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(divmod(7, 2), len([1]), abs(-1))
try:
    len(obj=[1])
except TypeError as e:
    print(type(e).__name__, e)
