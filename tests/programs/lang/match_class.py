class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r

class Plain:
    def __init__(self):
        self.a = 1

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return "on y axis at %d" % yy
        case Point(xx, 0):
            return "on x axis at %d" % xx
        case Point(x, y) if x == y:
            return "diagonal %d" % x
        case Point():
            return "somewhere"
        case Circle(Point(0, 0), r=radius):
            return "circle at origin r=%d" % radius
        case Circle(c, r):
            return "circle r=%d" % r
        case _:
            return "unknown"

for obj in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
            Circle(Point(0, 0), 3), Circle(Point(1, 1), 4), "x"]:
    print(where(obj))

# Builtin classes take a single positional subpattern matching the whole value
for v in [1, 1.5, "s", [1], (1,), {"k": 1}, True, None, b"b", {1}]:
    match v:
        case bool(b):
            r = "bool %r" % b
        case int(i):
            r = "int %r" % i
        case float(f):
            r = "float %r" % f
        case str(s):
            r = "str %r" % s
        case list() | tuple():
            r = "list or tuple"
        case dict(d):
            r = "dict %r" % d
        case bytes():
            r = "bytes"
        case _:
            r = "other"
    print(repr(v), r)

# Keyword patterns on any class
match Plain():
    case Plain(a=1):
        print("Plain with a=1")

# Too many positional patterns
try:
    match Plain():
        case Plain(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# Missing attributes simply don't match
match Plain():
    case Plain(b=_):
        print("no")
    case _:
        print("missing attribute -> no match")

# Non-class in class pattern
not_a_class = 5
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print(type(e).__name__, e)

# Subclass instance matches base class pattern; inherits __match_args__
class Point3(Point):
    pass
match Point3(7, 8):
    case Point(a, b):
        print("Point3 as Point", a, b)

# __match_args__ must be a tuple
class BadArgs:
    __match_args__ = ["x"]
    x = 1
try:
    match BadArgs():
        case BadArgs(v):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# Dataclass-like namedtuple
from collections import namedtuple
Pair = namedtuple("Pair", "left right")
match Pair(1, 2):
    case Pair(l, right=r):
        print("namedtuple", l, r)
print(Pair.__match_args__)
