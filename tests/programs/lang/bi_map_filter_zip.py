print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(len, ["a", "bb", ""])), list(map(str.upper, "abc")))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))

print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")))
f = filter(None, [1, 0])
print(type(f).__name__, list(f))

print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2], [3])))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", range(2))))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))

print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"))

# map stops at the shortest iterable
print(list(map(lambda *a: sum(a), [1, 2], [10, 20, 30], [100])))

# map/filter with errors propagate lazily
m = map(lambda x: 1 / x, [1, 0, 2])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(m))

try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)

# reversed
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
