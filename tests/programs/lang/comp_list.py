print([x for x in range(5)])
print([x * 2 for x in range(10) if x % 3 == 0])
print([x if x % 2 else -x for x in range(6)])
print([(x, y) for x in range(3) for y in "ab"])
print([x for x in range(20) if x % 2 if x % 3])
print([c.upper() for c in "hello" if c not in "l"])
print([len(w) for w in "the quick brown fox".split()])
print([[i * j for j in range(4)] for i in range(3)])
print([y for x in [[1, 2], [3], []] for y in x])
print([i for i in range(3) for _ in range(i)])
print([f(3) for f in (abs, str, float)])
print([(i, c) for i, c in enumerate("xyz")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([x for x in []], [[] for _ in range(2)])
print([*range(3), *"ab"])

# Walrus inside comprehension binds in the enclosing scope
data = [1, 5, 3, 8, 2]
big = [y for x in data if (y := x * 10) > 25]
print(big, y)

# Comprehension variable does not leak
x = "outer"
r = [x for x in range(3)]
print(x, r)

# Nested comprehension referencing outer loop var
print([[(r, c) for c in range(r)] for r in range(3)])

# Closures in comprehensions capture the variable, not the value
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

# Exceptions inside comprehensions
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# Comprehension over a dict iterates keys
d = {"a": 1, "b": 2}
print([k for k in d], [v for v in d.values()], [k + str(v) for k, v in d.items()])

# Conditional in iterable position
print([x for x in (range(3) if True else [])])

# Big comprehension
print(sum([i * i for i in range(1000)]))

# Comprehension in function using function locals and globals
G = 100
def f(n):
    k = 2
    return [i * k + G for i in range(n)]
print(f(3))

# Assignment to loop var through tuple unpacking
print([a * b for (a, b), c in [((1, 2), 3), ((4, 5), 6)]])
print([first for first, *rest in ["abc", "de"]])
