class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, A) and self.v == o.v

print(A.__hash__)
try:
    hash(A(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {A(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {A(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d = {}
    d[A(1)] = 2
except TypeError as e:
    print(type(e).__name__, e)

class H:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, H) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return "H(%d)" % self.v

s = {H(1), H(1), H(2)}
print(len(s), H(1) in s, H(3) in s)
d = {H(1): "one"}
print(d[H(1)])

# Default hash: objects usable in sets by identity
class Plain:
    pass
p = Plain()
print(len({p, p, Plain()}), p in {p})
print(hash(p) == hash(p))

# __hash__ = None explicitly
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)

# Subclass inheriting __eq__ but defining __hash__ in parent
class Parent:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 7
class Child(Parent):
    pass
print(hash(Child()), Child() == 5)

class Child2(Parent):
    def __eq__(self, o):
        return False
try:
    hash(Child2())
except TypeError as e:
    print(type(e).__name__, e)

# __hash__ returning non-int
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

# Large __hash__ values are reduced
class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()) == hash(2 ** 70))

class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))

# __eq__ used by list.index, count, remove, in
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == getattr(o, "v", o)
lst = [E(1), E(2), E(1)]
print(lst.index(2), lst.count(1), 2 in lst, 5 in lst)
lst.remove(1)
print([e.v for e in lst])

# Dict lookup: hash equal but not eq
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.v == o.v
dd = {Collide(1): "a", Collide(2): "b"}
print(len(dd), dd[Collide(2)])

# Unhashable builtins
for obj in ([1], {1: 2}, {1}, bytearray(b"x")):
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
