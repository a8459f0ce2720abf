def outer():
    x = 1
    y = 2
    def middle():
        # middle never mentions x, but x passes through it as a free variable
        def inner():
            return x
        return inner
    def other():
        y = 3
        def inner2():
            return y
        return inner2
    return middle, other
