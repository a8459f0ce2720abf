# Under from __future__ import annotations, annotations bind and capture nothing.
from __future__ import annotations
import os
def f(a: os.PathLike, *b: int, c: lambda: zzz = 1, **d: [q for q in r]) -> Ret:
    x: Local = 1
    y: (lambda: w)
    return x
class C:
    z: Foo
    def m(self, v: C) -> C: ...
def outer():
    k = 1
    def inner(p: k) -> k: pass
    return inner


def generic[T](x: T) -> T:
    return x


class Box[T]:
    y: T
