x = "module x"
vals = [x for x in range(3)]
def f():
    y = "local y"
    out = [y for y in "abc"]
    return y, out
def g(x):
    return [x for x in x]
def h():
    i = 0
    def inner():
        return i
    return [i for i in range(3)], inner
