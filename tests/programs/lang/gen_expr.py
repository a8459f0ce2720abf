g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))

print(sum(x for x in range(10) if x % 2))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(list((x, y) for x in range(3) for y in range(x)))
print(sorted((c for c in "hello"), reverse=True))
print(dict((k, len(k)) for k in ["one", "three"]))
print("-".join(str(i) for i in range(4)))
print(tuple(x for x in "abc"), set(x % 3 for x in range(10)) == {0, 1, 2})

# The outermost iterable is evaluated immediately
def source():
    print("  source evaluated")
    return [1, 2]
g = (x for x in source())
print("created")
print(list(g))

# Inner iterables are evaluated lazily
try:
    g = (x for x in [1] for y in 5)
    print("created lazily")
    list(g)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g = (x for x in 5)
except TypeError as e:
    print("immediate", type(e).__name__, e)

# Late binding of variables in conditions
limit = 2
g = (x for x in range(5) if x < limit)
limit = 4
print(list(g))

# Generator expression scope does not leak
gx = [y for y in range(3)]
g = (z for z in range(3))
list(g)
print("z" in dir())

# Nested generator expressions
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(list(row[i] for row in matrix) for i in range(3)))

# Generator expression in call needs no extra parens
print(sum(i for i in range(5)))
try:
    eval("sum(i for i in range(5), 1)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# Chaining generator pipeline
nums = (n for n in range(20))
evens = (n for n in nums if n % 2 == 0)
squares = (n * n for n in evens)
print(list(squares))

# Partially consumed generator with zip
g = (i for i in range(10))
print(list(zip(g, "ab")), next(g))
