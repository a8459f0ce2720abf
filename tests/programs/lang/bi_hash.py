print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(-42))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 1), hash(-(2 ** 61)), hash(2 ** 64), hash(2 ** 100))
print(hash(10 ** 30), hash(-(10 ** 30)), hash(2 ** 62), hash(-(2 ** 62)), hash(2 ** 63 - 1))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(1.0), hash(1.5), hash(-1.0), hash(0.0), hash(-0.0), hash(0.1), hash(2.5), hash(-2.5))
print(hash(1e100), hash(float("inf")), hash(float("-inf")), hash(1e-300))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(float(2 ** 70)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((None,)) == hash((None,)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset()), hash(frozenset([1, 2, 3])))
print(hash(1 + 0j), hash(complex(1, 2)), hash(range(3)) == hash(range(3)))
print(hash(1.5) == hash(3 / 2), hash(10 ** 15 + 0.5))

# Equal numbers must hash equal across types
pairs = [(5, 5.0), (-3, -3.0), (2 ** 53, float(2 ** 53)), (0, -0.0), (1, 1 + 0j)]
print(all(hash(a) == hash(b) for a, b in pairs))

# Dict keys unify equal numbers
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False, -0.0}
print(s, len(s))
