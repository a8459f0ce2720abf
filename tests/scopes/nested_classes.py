class Outer:
    a = 1
    class Inner:
        b = 2
        class Innermost:
            c = 3
            def m(self):
                return a, b, c
    def use(self):
        return self.Inner.b
def f():
    v = 1
    class K:
        class J:
            w = v
    return K
