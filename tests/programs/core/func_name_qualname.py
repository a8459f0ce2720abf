def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
i = outer()
j = i()
print(outer.__name__, outer.__qualname__)
print(i.__name__, i.__qualname__)
print(j.__name__, j.__qualname__)
f = lambda: 0
print(f.__name__, f.__qualname__)
def maker():
    return lambda x: x
print(maker().__name__, maker().__qualname__)
def with_nested_lambda():
    g = lambda: (lambda: 1)
    return g()
print(with_nested_lambda().__qualname__)
def rename():
    pass
rename.__name__ = "renamed"
print(rename.__name__, rename.__qualname__)
def comp():
    return [lambda: k for k in range(1)][0]
print(comp().__qualname__)
class MyError(Exception):
    pass
print(MyError.__name__, MyError.__qualname__)
def defines_exc():
    class LocalError(Exception):
        pass
    return LocalError
print(defines_exc().__qualname__)
print(len.__name__, print.__qualname__, str.upper.__qualname__)
print(outer.__module__, __name__)
