data = [5, 2, 8, 1, 9, 3]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("sorting"), sorted(("b", "a")), sorted({"z": 1, "a": 2}), sorted({3, 1, 2}))
print(sorted(["aa", "b", "ccc", "dd"], key=len), sorted(["aa", "b", "ccc", "dd"], key=len, reverse=True))
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))  # stable in reverse too
print(sorted(sorted(people), key=lambda p: -p[1]))
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 3, -3, 3], key=abs))
print(sorted([0.5, -1, True, 2 ** 65, -(2 ** 65)]))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(sorted([[2, 1], [1, 2], [1], []]))
print(sorted([], reverse=True), sorted([1]), sorted(reversed([1, 2, 3])))
try:
    sorted([3, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
words = "The quick brown Fox jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(4))))
