n = 0
n += 1
def f():
    m = 0
    m += 1
    return m
def g():
    k += 1
def h(lst):
    lst += [1]
    lst[0] += 1
    obj.attr *= 2
def outer():
    c = 0
    def bump():
        nonlocal c
        c += 1
    return bump
