s = {x % 4 for x in range(10)}
print(sorted(s), type(s).__name__, len(s))
print(sorted({c for c in "mississippi"}))
print({x: x * x for x in range(5)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({x: [y for y in range(x)] for x in range(4)})
print({(x, y): x * y for x in range(2) for y in range(2)})

# Duplicate keys: last wins
print({x % 3: x for x in range(10)})

# Key ordering follows first insertion
print({k: i for i, k in enumerate("banana")})

# Set comprehension with unhashable element fails
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)

# Dict comprehension evaluation order: key before value (3.8+)
order = []
def k(x):
    order.append("k%d" % x)
    return x
def v(x):
    order.append("v%d" % x)
    return x
{k(i): v(i) for i in range(2)}
print(order)

# Frozen set from comprehension
fs = frozenset(x for x in range(3))
print(sorted(fs), type(fs).__name__)

# Counting with dict comprehension
words = "a b a c b a".split()
print({w: words.count(w) for w in sorted(set(words))})

# Inverting with collisions
grades = {"ann": "A", "bob": "B", "cat": "A"}
inv = {}
for name, g in grades.items():
    inv.setdefault(g, []).append(name)
print(inv, {g: sorted(n for n, gg in grades.items() if gg == g) for g in sorted(set(grades.values()))})

# Nested dict comprehension
print({i: {j: i * j for j in range(3)} for i in range(2)})

# Ints in sets: small int sets print in order
print({3, 1, 2}, {x for x in range(5)}, set(), {0})
