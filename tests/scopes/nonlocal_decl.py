def outer():
    x = 0
    y = 0
    def inner():
        nonlocal x
        x += 1
        y = 5
        return x, y
    def inner2():
        nonlocal x, y
        x = y = 9
    return inner, inner2
def chain():
    v = 1
    def a():
        def b():
            def c():
                nonlocal v
                v = 2
            return c
        return b
    return a
