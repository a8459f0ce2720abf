def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(100)(20)(3), level1("x")("y")("z"))
def outer():
    x = "outer-x"
    def middle():
        # middle does not use x itself, but must pass the cell through
        def inner():
            return x
        return inner
    return middle
print(outer()()())
def rebinder():
    v = 0
    def m():
        def i():
            nonlocal v
            v += 1
            return v
        return i
    inc = m()
    inc()
    inc()
    return v, inc()
print(rebinder())
def shadow():
    x = 1
    def m():
        x = 2
        def i():
            return x
        return i()
    return x, m()
print(shadow())
def four():
    a = 1
    def b():
        c = 2
        def d():
            e = 3
            def f():
                return a + c + e
            return f()
        return d()
    return b()
print(four())
def late_cell():
    def m():
        def i():
            return y
        return i
    get = m()
    y = "set after inner defined"
    return get()
print(late_cell())
def params_as_cells(p, q=5):
    def m():
        def i():
            return p * q
        return i
    return m()()
print(params_as_cells(3), params_as_cells(3, 3))
