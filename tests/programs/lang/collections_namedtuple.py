from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point._fields, p._asdict(), p._replace(x=10), p)
print(Point._make([5, 6]), Point(x=3, y=4), Point(7, y=8))
x, y = p
print(x, y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(type(p).__name__, Point.__name__, Point.x.__doc__ if False else "skip")

P3 = namedtuple("P3", "x y z", defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults)
R = namedtuple("R", "a, b")
print(R(1, 2))
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x"], rename=True)
print(Renamed._fields)

try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", ["class"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)

# Subclassing a namedtuple
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__)

# Sorting namedtuples and using as dict keys
people = [namedtuple("Person", "name age")(n, a) for n, a in [("bob", 30), ("amy", 25), ("cid", 30)]]
print(sorted(people, key=lambda q: (q.age, q.name)))
print({Point(0, 0): "origin"}[Point(0, 0)], max(people).name)

# _asdict returns a plain dict
print(type(p._asdict()).__name__, Point(*range(2)))
