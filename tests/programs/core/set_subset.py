a = {1, 2}
b = {1, 2, 3}
print(a.issubset(b), b.issubset(a), a.issuperset(b), b.issuperset(a))
print(a.issubset(a), set().issubset(a), a.issubset([1, 2, 5]), b.issuperset(range(2)))
print(a <= b, a < b, b < b, b >= a, b > a, set() < a)
print(len(a), len(b), len(set()), len({i % 3 for i in range(100)}))
try:
    a.issubset(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == {2, 1}, {1, 2} == [1, 2], {1} != {1.0})
