def f(a, b):
    c = 1
    def g():
        return a + c
    d = 2
    return g, d
def k(*args, **kw):
    def inner():
        return args, kw
    return inner
