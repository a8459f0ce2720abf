a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [7])), sorted(a.intersection([1, 3], (3, 1))), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([4, 9])))
print(a <= b, a < a, a <= a, {1, 2} < a, a > {1}, a >= a, {1}.issubset(a), a.issuperset([1, 2]), a.isdisjoint({9}))
print(a == {4, 3, 2, 1}, a != b, {1} == frozenset([1]))

s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([5, 6], (7,))
print(sorted(s), len(s))
s.discard(100)
s.discard(5)
s.remove(6)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
popped = s.pop()
print(popped in {1, 3, 7}, len(s))
s.clear()
print(s, len(s))

# In-place operators
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 5}
c -= {1}
c ^= {2, 9}
print(sorted(c))
c.intersection_update({4, 9, 10})
c.difference_update({9})
c.symmetric_difference_update({4, 8})
print(sorted(c))

# frozenset
fs = frozenset([3, 1, 2, 3])
print(sorted(fs), len(fs), 2 in fs, type(fs | {9}).__name__, type({9} | fs).__name__, type(fs & {1}).__name__)
print(hash(fs) == hash(frozenset([1, 2, 3])), {fs: "as key"}[frozenset({1, 2, 3})])
print({frozenset([1]), frozenset([1])} == {frozenset([1])})
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)

# Set from various iterables and dedupe while preserving order
items = [3, 1, 3, 2, 1]
print(sorted(set(items)), list(dict.fromkeys(items)))
print(set("hello") == {"h", "e", "l", "o"}, len(set("mississippi")))

# Operators require sets, methods accept iterables
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} - "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)

# Comparisons are partial orders
x, y = {1, 2}, {2, 3}
print(x < y, x > y, x <= y, x == y)
print(sorted([{1, 2, 3}, {1}, {1, 2}], key=len))

# Set of tuples and equal numeric values
pts = {(0, 0), (1, 2), (0, 0)}
print(sorted(pts), len({1, 1.0, True}), len({0, -0.0, False}))

# Small int sets print in a stable order
print({1, 2, 3}, {0}, set(range(5)), frozenset({4, 5}))
