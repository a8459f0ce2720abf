def f():
    x = 1
    y = 2
    class C:
        a = x
        y = y
        def m(self):
            return x, y
    return C
