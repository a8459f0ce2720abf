# Generic classes: .type_params, .generic_base, __type_params__.
class Box[T]:
    item: T

    def get(self) -> T:
        return self.item


class Pair[K: int, V](dict, metaclass=type):
    def keys_of(self) -> list[K]:
        return list(self)


class Outer:
    attr = int

    class Inner[T: attr]:
        x: T

    def f[S](self, s: S = attr) -> S:
        return s


def factory(base):
    class Local[T](base):
        def m(self) -> T:
            return base
    return Local


class __Private[__T]:
    y: __T
