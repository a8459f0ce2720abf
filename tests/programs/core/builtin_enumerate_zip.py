print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate([], 5)), list(enumerate("ab", -2)))
for i, (a, b) in enumerate(zip("xy", [10, 20]), 100):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("abc", range(10), (True, False, None))))
print(list(zip([1, 2, 3], [4, 5, 6], strict=False)))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=True)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
names = ["a", "b", "c"]
for idx, name in enumerate(names):
    names[idx] = name.upper()
print(names)
e = enumerate("pq")
print(next(e), next(e))
try:
    next(e)
except StopIteration as ex:
    print(type(ex).__name__, repr(ex))
z = zip("ab", "cd")
print(next(z), list(z), list(z))
try:
    enumerate(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    zip(1, [2])
except TypeError as ex:
    print(type(ex).__name__, ex)
print(list(map(lambda p: p[0] * p[1], zip(range(4), range(4)))))
