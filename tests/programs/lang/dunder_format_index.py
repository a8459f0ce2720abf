class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return "%d.%02d" % divmod(self.cents, 100)
        if spec == "raw":
            return str(self.cents)
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money"

m = Money(12345)
print(format(m), format(m, "raw"), format(m, ">10.1f"))
print(f"{m} {m:raw} {m:.3f} {m!s}")
print("{0} {0:raw} {0:,.2f}".format(m))

class Default:
    def __str__(self):
        return "dflt"
print(format(Default()), f"{Default()}", "{}".format(Default()))
try:
    format(Default(), "10")
except TypeError as e:
    print(type(e).__name__, e)

class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)

# __index__
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[I(2)], lst[I(1):I(8):I(3)], "abcdef"[I(-1)])
print(bin(I(5)), oct(I(8)), hex(I(255)), range(I(3)), [0] * I(2))
import operator
print(int(I(7)), operator.index(I(9)))
try:
    format(I(10), "b")
except TypeError as e:
    print(type(e).__name__, e)

# __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__
import math
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
n = Num()
print(int(n), float(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))

class OnlyIndex:
    def __index__(self):
        return 3
print(int(OnlyIndex()), float(OnlyIndex()))

class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][Num()]
except TypeError as e:
    print(type(e).__name__, e)
