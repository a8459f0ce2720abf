# annotations kept as source text under from __future__ import annotations
from __future__ import annotations
def f(a: list[int], b: dict[str, tuple[int, ...]] | None = None, *args: "x", c: Callable[[int], str] = 1, **kw: 1 + 2 * 3) -> a.b.c[1:2, ::3]:
    pass
print(f.__annotations__)
def g(x: (1, 2), y: -x ** 2, z: not a, w: a if b else c, v: lambda q, *r, s=1, **t: q, u: [i for i in j if i], t: {k: v for k, v in d}, s: {1, 2}, r: f"x{y!r:>{w}}z", o: x < y <= z, n: a and b or c, m: 1.5e300, l: 1e400, k: 2j, jj: b"by", ii: ..., hh: (-1) ** 2, gg: 2 ** -1, ff: (a, *b), ee: f(*a, **b, k=1), dd: x[()], cc: x[a, ], bb: {**a}, zz: 'it\'s', yy: 1 .real, xx: ~a, ww: a @ b // c % d, vv: a << b >> c & d ^ e | f, uu: (a for b in c), tt: f(a for b in c)):
    pass
for k, v in g.__annotations__.items():
    print(k, v)
class C:
    x: int = 3
    y: list[C]
print(C.__annotations__)
