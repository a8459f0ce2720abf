print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]))
print(all("abc"), any(""), all([[]]), any([[]]), all([[0]]), any({0: 1}), all({1: 0}))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)))

# Short-circuiting
def noisy(values):
    for v in values:
        print("  yield", v)
        yield v
print(all(noisy([1, 0, 2])))
print(any(noisy([0, 3, 0])))

# Uses truthiness protocol
class Falsy:
    def __bool__(self):
        return False
print(all([Falsy()]), any([Falsy(), Falsy()]))

try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__, e)

# Return values are always bool
print(repr(all([1, "x"])), repr(any([0, "x"])))

# Infinite iterator short-circuits
from itertools import count
print(any(n > 100 for n in count()), all(n < 5 for n in count()))
