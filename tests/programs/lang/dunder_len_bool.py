class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(L(3)), bool(L(0)), bool(L(2)))
if not L(0):
    print("empty is falsy")

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  bool called")
        return self.v

print(bool(B(True)), bool(B(False)))
print("and:", B(True) and "second")
print("or:", B(False) or "fallback")
print("not:", not B(True))
x = 1 if B(False) else 2
print(x)
while B(False):
    pass

# __bool__ takes precedence over __len__
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Both()), len(Both()))

# No __bool__ / __len__: always true
class Neither:
    pass
print(bool(Neither()))

# Errors
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class HugeLen:
    def __len__(self):
        return 2 ** 100
try:
    len(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()))

# Truthiness of builtins
for v in [0, 0.0, -0.0, 0j, "", b"", [], (), {}, set(), range(0), None, False,
          1, -1, 0.1, "0", " ", [0], (None,), {0: 0}, {0}, range(1), True, ...]:
    print(repr(v), bool(v))

# and/or return operands
print(0 or [] or "x", 1 and 2 and 3, 1 and 0 and 3, None or None, "" and 1)
