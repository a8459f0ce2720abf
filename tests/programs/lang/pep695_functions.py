# Generic functions: type parameters are visible in annotations and body.
def first[T](xs: list[T]) -> T:
    return xs[0]


print(first([3, 4]))
print(first.__type_params__)
print(first.__annotations__)
(T,) = first.__type_params__
print(type(T).__name__, T.__name__, repr(T), T.__bound__, T.__constraints__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__)


def kinds[A, B: int, C: (int, str), *Ts, **P](*args: *Ts) -> None:
    pass


for p in kinds.__type_params__:
    print(type(p).__name__, repr(p))
A, B, C, Ts, P = kinds.__type_params__
print(B.__bound__, B.__constraints__, C.__bound__, C.__constraints__)
print(kinds.__annotations__)


def with_defaults[T](x: T = 1, *, y: T = 2) -> tuple[T, T]:
    return (x, y)


print(with_defaults(), with_defaults(5, y=6), with_defaults.__defaults__, with_defaults.__kwdefaults__)


def closure[T]():
    def inner():
        return T
    return inner


print(closure()(), closure()() is closure.__type_params__[0])
print(closure.__qualname__, closure.__name__)


class K:
    def method[T](self, x: T) -> T:
        return x


print(K().method(7), K.method.__qualname__, K.method.__type_params__)


def deco(f):
    print("decorating", f.__name__, f.__type_params__)
    return f


@deco
def decorated[X](x: X) -> X:
    return x


print(decorated(1))
try:
    T
except NameError as e:
    print("NameError:", e)
print(first.__type_params__[0] is first.__type_params__[0], first.__type_params__ == first.__type_params__)


def lazy[T: undefined_name]():
    pass


(L,) = lazy.__type_params__
try:
    L.__bound__
except NameError as e:
    print("lazy bound:", e)
undefined_name = float
print(L.__bound__)
