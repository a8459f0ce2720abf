# PEP 695 semantics: super() in generic classes, unions of type parameters,
# closures over type parameters, lazy bounds seeing later bindings.
class Base:
    def hello(self):
        return "base"
class Box[T](Base):
    def hello(self) -> T:
        return "box+" + super().hello()
print(Box().hello())
def f[T](x: T | None = None) -> list[T] | int:
    return x
print(f.__annotations__)
type A = A
print(A.__value__)
class C:
    type In = C
    def g[T](self): return T
print(C.In.__value__, C().g())
def outer():
    x = 1
    def h[T: x](): pass
    x = int
    return h
print(outer().__type_params__[0].__bound__)
import typing
print(typing.TypeVar("Q").__name__, Box[int].__origin__, Box[int].__args__)
def gen[T]():
    yield T
print(list(gen()))
async def co[T](): return T
print(co.__type_params__)
class M[T]:
    class N:
        def f(self): return T
print(M.N().f(), M.N.__qualname__)
print(int | M.__type_params__[0], M.__type_params__[0] | int | None)
type U = int | str
print(U | None, None | U)
