class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "V(%r)" % self.v
    def __eq__(self, o):
        print("  eq", self.v, o)
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        print("  lt", self.v, o)
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    __hash__ = None

a, b = V(1), V(2)
print(a < b)
print(a > b)  # reflected to b < a
print(a == V(1))
print(a != V(1))  # derived from __eq__
print(a == 1)
print(1 == a)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)

# Identity fallback for == when both NotImplemented
class X:
    pass
x = X()
print(x == x, x == X(), x != x, x != X())

# Default object comparisons
try:
    X() < X()
except TypeError as e:
    print(type(e).__name__, e)
class Y:
    pass
try:
    X() < Y()
except TypeError as e:
    print(type(e).__name__, e)
try:
    X() >= 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] > (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)

# Comparison returning non-bool
class Weird:
    def __lt__(self, o):
        return "yes"
    def __eq__(self, o):
        return [1, 2]
print(Weird() < 1, Weird() == 1, Weird() != 1)

# Sorting uses __lt__
class K:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return "K%d" % self.k
print(sorted([K(3), K(1), K(2)]), min(K(5), K(4)), max([K(1), K(9), K(3)]))

# Subclass priority for comparisons
class P:
    def __eq__(self, o):
        return "P.eq"
class Q(P):
    def __eq__(self, o):
        return "Q.eq"
print(P() == Q(), Q() == P())

# list/tuple comparisons use element __eq__ and identity shortcut
nan = float("nan")
print([nan] == [nan], nan == nan, [V(1)] == [V(1)])
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), [2] > [1, 9], (1, "a") < (1, "b"))
