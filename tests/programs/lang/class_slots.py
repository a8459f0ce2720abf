class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x)

# Subclass without slots gets __dict__
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, sorted(q.__dict__))

# Subclass with slots
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 5
print(r.x, r.y, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)

# Slots with class attributes conflict
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)

# __slots__ as a string
class S:
    __slots__ = "only"
s = S()
s.only = 1
print(s.only, S.__slots__)

# Slot descriptors are on the class
print(type(P.__dict__["x"]).__name__)
