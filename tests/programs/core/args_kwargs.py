def f(**kw):
    return kw
print(f(), f(a=1), f(b=2, a=1), f(**{"x": 1}, y=2), type(f()).__name__)
def g(a, **kw):
    return a, kw
print(g(1), g(1, b=2), g(a=1, b=2), g(b=2, a=1), g(**{"a": 5, "z": 6}))
def h(*args, **kwargs):
    return args, sorted(kwargs.items())
print(h(1, 2, x=3, w=4), h(), h(*[1], **{"k": "v"}))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1, "a": 2}, c=3))
def passthrough(*a, **k):
    return h(*a, **k)
print(passthrough(1, q=2))
def mut(**kw):
    kw["added"] = True
    return kw
d = {"orig": 1}
print(mut(**d), d)
def kw_with_default(x, y=5, **rest):
    return x, y, rest
print(kw_with_default(1, z=2), kw_with_default(x=1, y=2, w=0))
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
