import math

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y) if isinstance(o, Vec) else NotImplemented
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __format__(self, spec):
        return f"({format(self.x, spec)}, {format(self.y, spec)})"

a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 2 * a, a * b, a / 2, -a, abs(a))
print(repr(a + b), str(a), f"{a:.2f}", f"{Vec(1.5, 2.25):>6}")
print(bool(Vec()), bool(a), list(a), tuple(b), a[0], a[-1], len(a))
x, y = a
print(x, y, dict(zip("xy", a)))
print(a == Vec(3, 4), a != b, a == (3, 4), {a, Vec(3, 4), b} == {a, b})
print(sorted([a, b, Vec(0, 1)]), max([a, b]), min(a, b))
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.z = 5
except AttributeError as e:
    print(type(e).__name__, e)
c = a
c += b
print(c, a, c is a)
print(sum([a, b, Vec(1, 1)], Vec()))
print(Vec(*map(int, "5 6".split())), Vec(y=1), Vec(**{"x": 7, "y": 8}))
print(a < b, a > b)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
