print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1, 2.0))
print((1, "a") < (1, "b"), (0, 9) <= (0, 9), ("b",) > ("a", "z"))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (2, "x"))
d = {}
d[(1, 2)] = "a"
d[(1, 2.0)] = "b"
d[(True, 2)] = "c"
d[()] = "empty"
d[((1,), (2,))] = "nested"
print(d)
print(d[(1, 2)], (1, 2) in d, (2, 1) in d)
print(hash((1, 2)) == hash((1, 2.0)), hash(()) == hash(()), hash((1,)) == hash((True,)))
try:
    hash(([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[([1],)] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
grid = {}
for r in range(2):
    for c in range(3):
        grid[r, c] = r * 10 + c
print(grid)
print(grid[1, 2], grid.get((5, 5), "none"))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 2), (1, 3), (0, 99)]))
