# Annotation scopes inside class bodies see the class namespace;
# generic bases, Generic subclass checks.
class InClass:
    name = int
    type Attr = name
    type Comp = [n for n in range(3)]
    def m[T: name](self, x: name) -> T: pass
    class Inner[U](list):
        pass
print(InClass.Attr.__value__, InClass.Comp.__value__)
print(InClass.m.__type_params__[0].__bound__, InClass.m.__annotations__)
print(InClass.Inner.__mro__, InClass.Inner[int], InClass.Inner.__qualname__)
def f():
    T = int
    class G[S](dict[S, T]): pass
    return G
G = f()
print(G.__orig_bases__, G.__mro__, G.__parameters__)
class X[T]:
    T = 5
    print(T)
    def meth(self): return T
print(X().meth())
import typing
try:
    class Y(typing.Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Z[T](typing.Generic[T]): pass
except TypeError as e:
    print("TypeError:", e)
