# Generic functions: the type parameters scope holds T and the defaults.
def first[T](xs: list[T]) -> T:
    return xs[0]


def pair[K, V: (int, str), *Ts, **P](k: K, v: V = 1, *a: *Ts, kw: int = 2, **rest) -> dict[K, V]:
    def inner() -> K:
        return k
    return {k: v}


async def agen[T: int](x: T) -> T:
    return x


def outer(n):
    def nested[T](x: T = n) -> T:
        return lambda: T
    return nested


class C:
    def method[T](self, x: T) -> T:
        return x

    def uses_class_name[U: C](self) -> U: ...
