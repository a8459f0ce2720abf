class Foo:
    def f(self_):
        global __x1
        __x1 = 0
        [_Foo__x1 := 1 for a in [2]]
        print(__x1)
        [__x1 := 2 for a in [3]]
        print(__x1)


Foo().f()
print(_Foo__x1)


def outer():
    class Bar:
        def g(self):
            nonlocal_target = [__y := 5 for _ in range(1)]
            return __y, nonlocal_target
    return Bar().g()


print(outer())
