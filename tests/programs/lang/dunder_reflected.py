class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(%r)" % (self.v,)
    def __add__(self, o):
        print("  N.__add__", o)
        if isinstance(o, N):
            return N(self.v + o.v)
        if isinstance(o, int):
            return N(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("  N.__radd__", o)
        if isinstance(o, int):
            return N(o + self.v)
        return NotImplemented
    def __rsub__(self, o):
        return N(o - self.v)
    def __rmul__(self, o):
        return N(o * self.v)
    def __rtruediv__(self, o):
        return N(o / self.v)
    def __rfloordiv__(self, o):
        return N(o // self.v)
    def __rmod__(self, o):
        return N(o % self.v)
    def __rpow__(self, o):
        return N(o ** self.v)
    def __rlshift__(self, o):
        return N(o << self.v)
    def __rand__(self, o):
        return N(o & self.v)
    def __ror__(self, o):
        return N(o | self.v)
    def __rxor__(self, o):
        return N(o ^ self.v)
    def __rmatmul__(self, o):
        return N(("rmatmul", o))
    def __rdivmod__(self, o):
        return N(divmod(o, self.v))

print(N(1) + N(2))
print(N(1) + 5)
print(5 + N(1))
print(10 - N(3), 3 * N(4), 1 / N(4), 7 // N(2), 7 % N(4), 2 ** N(10))
print(1 << N(4), 6 & N(3), 6 | N(1), 6 ^ N(3), [1] @ N(0), divmod(7, N(2)))
try:
    N(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + N(1)
except TypeError as e:
    print(type(e).__name__, e)

# Subclass reflected method takes priority if it overrides
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"
class Sub2(Base):
    pass
print(Base() + Sub())
print(Base() + Sub2())
print(Sub() + Base())

# NotImplemented from both sides
class A:
    def __add__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return NotImplemented
try:
    A() + B()
except TypeError as e:
    print(type(e).__name__, e)

# Same type: reflected method not tried
class S:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "radd"
try:
    S() + S()
except TypeError as e:
    print(type(e).__name__, e)
print(1 + S())

# sum() uses __radd__ with start 0
print(sum([N(1), N(2), N(3)]))

# int and float mixing reflected
print(1 + 2.5, 2.5 + 1, True + 1, 1 + True, 3 * "ab", "ab" * 3, 2 * [0], (1,) * 2)
