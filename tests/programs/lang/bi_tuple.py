t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t.count(2), t.index(2), t.index(2, 2), 3 in t)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
print(t + (4,), t * 2, (0,) * 3, t == (1, 2, 3, 2), t < (1, 2, 4), (1, 2) < (1, 2, 0), max(t), sorted(t))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
x = 1,
print(x, type(x).__name__, (1), type((1)).__name__)
a, b = b, a = 1, 2
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
mut = ([1], [2])
mut[0].append(9)
print(mut)
print(hash((1, 2, 3)) == hash((1, 2, 3)), {(1, 2): "pair"}[(1, 2)])
def multi():
    return 1, "two", [3]
r = multi()
print(r, type(r).__name__)
n, s, l = multi()
print(n, s, l)
print(tuple(x * 2 for x in range(3)), tuple(reversed((1, 2, 3))))
print(sum((1, 2, 3)), list(enumerate(("a", "b"))), dict(((1, "a"), (2, "b"))))
big = tuple(range(1000))
print(big[500:503], big[-1], len(big), big.count(999))
print(tuple([(1, 2)]), tuple(zip((1, 2), (3, 4))))
