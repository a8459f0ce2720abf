def f(a, *, key, default=None):
    return a, key, default
print(f(1, key=2), f(1, key=2, default=3), f(a=0, key=1))
def g(*args, sep=" ", end=""):
    return sep.join(args) + end
print(g("a", "b"), g("a", "b", sep="-"), g(end="!"), g("x", end="?", sep=""))
def h(*, x, y):
    return x - y
print(h(x=5, y=3), h(y=5, x=3), h(**{"x": 1, "y": 1}))
for call in [lambda: f(1), lambda: f(1, 2), lambda: h(), lambda: h(x=1), lambda: h(1, 2),
             lambda: f(1, key=2, other=3), lambda: g(1, 2)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(f.__kwdefaults__, h.__kwdefaults__, f.__defaults__)
