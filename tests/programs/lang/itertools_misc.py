from itertools import zip_longest, starmap, tee, takewhile, dropwhile, compress, pairwise, filterfalse, batched, islice
print(list(zip_longest("abc", [1, 2])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([1], [], [2, 3], fillvalue=0)))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(lambda *a: sum(a), [(1,), (1, 2), ()])))
a, b = tee([1, 2, 3])
print(next(a), list(a), list(b))
t1, t2, t3 = tee(iter("xy"), 3)
print(list(t1), list(t2), list(t3))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(takewhile(bool, [])), list(dropwhile(bool, [1, 1])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False] * 5)), list(compress("ab", [1])))
print(list(pairwise([1, 2, 3, 4])), list(pairwise("a")), list(pairwise("ab")))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(batched("abcdefg", 3)), list(batched(range(4), 2)))
try:
    list(batched("abc", 0))
except ValueError as e:
    print(type(e).__name__, e)

# pairwise differences
vals = [3, 8, 2, 10]
print([b - a for a, b in pairwise(vals)])

# tee with lookahead
def with_next(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip_longest(a, b)
print(list(with_next("abc")))

# dropwhile/takewhile are lazy
def noisy(vals):
    for v in vals:
        print("  produce", v)
        yield v
print(list(islice(takewhile(lambda x: x < 10, noisy([1, 2, 30, 4])), 5)))

# Transpose ragged rows
rows = [[1, 2, 3], [4], [5, 6]]
print([list(col) for col in zip_longest(*rows)])

# starmap with dict items
prices = {"a": 2, "b": 3}
qty = {"a": 5, "b": 1}
print(sum(starmap(lambda k, p: p * qty[k], prices.items())))
