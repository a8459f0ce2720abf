a = 1
del a
def f():
    x = 1
    del x
    y = [1]
    del y[0]
    z = 2
    def inner():
        return z
    return inner
def g():
    global gv
    del gv
def h():
    v = 1
    def inner():
        nonlocal v
        del v
    return inner
class C:
    t = 1
    del t
