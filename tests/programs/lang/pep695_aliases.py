# Type aliases: TypeAliasType with a lazily evaluated value.
type Simple = int
print(Simple, type(Simple).__name__, Simple.__name__, Simple.__value__, Simple.__type_params__)
type ListOf[T] = list[T]
print(ListOf, ListOf.__value__, ListOf.__type_params__, ListOf[int])
type Later = NotYetDefined
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
NotYetDefined = str
print(Later.__value__)
type Recursive = list[Recursive] | int
print(Recursive.__value__)
try:
    Simple[int]
except TypeError as e:
    print("TypeError:", e)


def in_function(x):
    type Local = list[x]
    return Local


print(in_function(int).__value__)
import typing

print(typing.TypeAliasType, typing.TypeVar("X"), typing.TypeVar("Y", int, str).__constraints__)
print(typing.TypeVar("Z", bound=int).__bound__)
P = typing.ParamSpec("P")
Ts = typing.TypeVarTuple("Ts")
T = typing.TypeVar("T", bound=int)
print(P, Ts, T, P.__name__, Ts.__name__, T.__bound__, type(P).__name__, type(Ts).__name__)
print(T | None, int | T)
