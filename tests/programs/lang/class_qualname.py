class A:
    class B:
        def m(self):
            pass
        class C:
            pass
    def f(self):
        def inner():
            pass
        return inner
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
    lam = lambda self: None

print(A.__name__, A.__qualname__)
print(A.B.__name__, A.B.__qualname__)
print(A.B.C.__qualname__)
print(A.B.m.__qualname__, A.B.m.__name__)
print(A.f.__qualname__, A().f().__qualname__, A().f().__name__)
print(A.cm.__qualname__, A.sm.__qualname__)
print(A.lam.__qualname__, A.lam.__name__)
print(A.__module__, A.B.__module__, A.f.__module__)

def outer():
    class Local:
        def meth(self):
            pass
    return Local

L = outer()
print(L.__name__, L.__qualname__, L.meth.__qualname__)

def g():
    pass
print(g.__qualname__, g.__name__, g.__module__)
print((lambda: 0).__qualname__)

# Builtin names
print(int.__name__, int.__qualname__, int.__module__)
print(len.__name__, len.__qualname__)
print(str.upper.__qualname__, list.append.__name__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)

# Assigning __name__ / __qualname__
class D:
    pass
D.__name__ = "Renamed"
print(D.__name__, D.__qualname__)
D.__qualname__ = "X.Y"
print(D.__qualname__)
try:
    D.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

def h():
    pass
h.__name__ = "hh"
print(h.__name__, h.__qualname__)

# Generators and comprehension qualnames
def gen():
    yield 1
print(gen().__name__, gen().__qualname__)

class E:
    def gen(self):
        yield 1
print(E().gen().__qualname__)
