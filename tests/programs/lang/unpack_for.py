pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs, 1):
    print(i, num, word)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for first, *middle, last in ["abcd", [1, 2], (9, 8, 7)]:
    print(first, middle, last)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
for x, y in zip("ab", range(2)):
    print(x, y)
for [p, q] in [[1, 2], [3, 4]]:
    print(p * q)

# Unpacking into attributes and subscripts in for targets
class Holder:
    pass
h = Holder()
d = {}
for h.value, d["k"] in [(1, "a"), (2, "b")]:
    pass
print(h.value, d)
lst = [0, 0]
for lst[0], lst[1] in [(5, 6)]:
    pass
print(lst)

# Error while unpacking in a for loop
try:
    for a, b in [(1, 2), (3,)]:
        print("ok", a, b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    for a, b in [1]:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Nested unpacking from dict items with tuple values
inventory = {"apple": (3, 0.5), "pear": (1, 0.75)}
for name, (qty, price) in inventory.items():
    print(f"{name}: {qty} x {price} = {qty * price}")

# Swapping inside loop
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)

# Star target with strings, ranges, generators
for head, *tail in [range(3), "xy", (c for c in "z")]:
    print(head, tail)

# Unpacking a dict gives keys
for k1, k2 in [{"x": 1, "y": 2}]:
    print(k1, k2)
