a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: w[-1])
print(words)
# stability: equal keys keep original order
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "c"), (2, "z"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
f = [3.5, -1, 2, 2.0, True, 0]
print(sorted(f))
print(sorted([[3, 1], [1, 2], [1, 1], [2]]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted([]))
print(a.sort(), a)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([None, 1])
except TypeError as e:
    print(type(e).__name__, e)
big = [2 ** 70, -(2 ** 65), 5, 2 ** 64, -1]
big.sort()
print(big)
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(recs, key=lambda r: (-r[1], r[0])))
print(sorted(range(10), key=lambda x: x % 3))
