class A:
    shared = []
    value = 1

    def __init__(self, n):
        self.n = n

a1 = A(1)
a2 = A(2)
a1.shared.append("x")
print(a2.shared, A.shared)

a1.value = 100
print(a1.value, a2.value, A.value)
A.value = 5
print(a1.value, a2.value, A.value)
del a1.value
print(a1.value)
try:
    del a1.value
except AttributeError as e:
    print(type(e).__name__, e)

# Instance __dict__ contents
print(sorted(a1.__dict__), sorted(a2.__dict__))
a1.__dict__["extra"] = 7
print(a1.extra)

# Class attribute lookup through inheritance
class B(A):
    value = 50

b = B(3)
print(b.value, b.shared is A.shared)
B.shared = ["own"]
print(b.shared, A.shared)

# Augmented assignment on instance creates instance attr
class C:
    total = 0
c = C()
c.total += 5
print(c.total, C.total)

# mutable augmented on class attribute mutates shared
class D:
    items = []
d = D()
d.items += [1]
print(D.items, "items" in d.__dict__)

# vars
print(sorted(vars(c).items()))

# Attribute names with getattr on strings
setattr(c, "dyn", 9)
print(getattr(c, "dyn"), c.dyn)

# Class attributes accessed via type(self)
class E:
    count = 0
    def bump(self):
        type(self).count += 1
        return self.count
e1, e2 = E(), E()
print(e1.bump(), e2.bump(), E.count)

class F(E):
    pass
f = F()
print(f.bump(), F.count, E.count)
