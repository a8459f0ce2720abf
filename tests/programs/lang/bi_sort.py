data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
data.sort()
print(data)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}))

# Stability with key
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: p[1]))

# Multi-key sort by sorting twice (stable)
s = sorted(people, key=lambda p: p[0], reverse=True)
s = sorted(s, key=lambda p: p[1])
print(s)

# Sorting tuples: lexicographic
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
print(sorted(pairs), sorted(pairs, key=lambda t: (t[1], -t[0])))

# reverse=True keeps stability (equal elements keep original order)
words = ["bb", "a", "cc", "d", "ee"]
print(sorted(words, key=len, reverse=True), sorted(words, key=len))

# Sort with None key, str.lower key, and key raising
print(sorted(["B", "a", "C"], key=None), sorted(["B", "a", "C"], key=str.lower))
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(type(e).__name__, e)

# Sorting floats with negatives and ints together
print(sorted([3, -1.5, 2, 0, -0.0, 2.5, -3]))

# sort returns None
lst = [3, 1]
print(lst.sort(), lst)

# Sorting with objects defining __lt__ only
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "V%d" % self.v
print(sorted([V(3), V(1), V(2)]), sorted([V(3), V(1), V(2)], reverse=True))

# Sorting dict items by value then key
inv = {"apple": 3, "pear": 1, "fig": 3, "kiwi": 2}
print(sorted(inv.items(), key=lambda kv: (-kv[1], kv[0])))

# sorted on generator, keyword-only args
print(sorted((x % 4 for x in range(10)), reverse=True))
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)

# Large sort
big = [(i * 7919) % 1000 for i in range(1000)]
sb = sorted(big)
print(sb[:5], sb[-5:], all(sb[i] <= sb[i + 1] for i in range(len(sb) - 1)))

# list.sort during modification is detected
lst = [3, 2, 1]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
