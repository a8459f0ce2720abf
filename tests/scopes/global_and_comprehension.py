def f():
    global x
    x = 1
    return [x for _ in range(2)]
def g():
    global y
    return [y for y in range(2)]
def h():
    z = 0
    def inner():
        nonlocal z
        return [z + i for i in range(3)]
    return inner
