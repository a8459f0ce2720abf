a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3)), a.difference([1], [2]))
print(a, b)
c = set(a)
c |= {10}
print(c)
c &= {1, 2, 10, 11}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
print(a == {4, 3, 2, 1}, a != b, {1} < a, a <= a, a < a, {1, 9} < a, a > {1}, a >= {1, 2, 3, 4, 5})
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
print(3 in a, 9 in a, 3.0 in a, True in a)
try:
    [1] in a
except TypeError as e:
    print(type(e).__name__, e)
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(evens & threes, sorted(evens | threes), len(evens ^ threes))
print(frozenset([1, 2]) | {3}, {3} | frozenset([1, 2]), frozenset() == set())
