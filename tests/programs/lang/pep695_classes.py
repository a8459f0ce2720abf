# Generic classes: Generic base, __type_params__, subscription.
class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box(3)
print(b.get(), Box.__type_params__, Box.__parameters__)
print(Box.__mro__)
print(Box.__orig_bases__)
print(Box.__bases__)
print(Box[int], Box[str])
print(Box.get.__annotations__)
print(Box.__qualname__, Box.get.__qualname__, Box.__name__)


class Base:
    pass


class Pair[K, V](Base):
    kv: tuple[K, V]


print(Pair.__mro__, Pair.__annotations__)
print(Pair.__type_params__)


class Sub(Box[int]):
    pass


print(Sub.__mro__)
import typing

print(typing.Generic, issubclass(Box, typing.Generic), isinstance(b, typing.Generic))


class Outer:
    attr = int

    class Inner[T: attr]:
        pass


print(Outer.Inner.__type_params__[0].__bound__, Outer.Inner.__qualname__)


def deco(cls):
    print("decorating", cls.__name__, cls.__type_params__)
    return cls


@deco
class Decorated[*Ts, **P]:
    pass


class Plain:
    pass


print(Plain.__type_params__)
