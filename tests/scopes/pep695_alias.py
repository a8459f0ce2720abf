# Type aliases: a lazily evaluated value scope, generic or not.
type Simple = int
type ListOf[T] = list[T]
type Recursive = list[Recursive] | int
type Bounded[T: (int, str), *Ts, **P] = tuple[T, *Ts]


def in_function(x):
    type Local = list[x]
    return Local


class InClass:
    name = int
    type Attr = name
    type Comp = [n for n in range(3)]
