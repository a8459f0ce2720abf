from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product(range(2), repeat=3)))
print(list(product("ab", "xy", repeat=2))[:6], len(list(product("ab", "xy", repeat=2))))
print(list(product()), list(product([])), list(product("a", [])))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations("ab", 3)), list(permutations("ab", 0)), list(permutations([])))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 3)), list(combinations("abc", 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
try:
    list(permutations("ab", -1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(combinations("ab", -1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    product("ab", repeat=-1)
except ValueError as e:
    print(type(e).__name__, e)

# Duplicates are treated by position
print(list(combinations("aab", 2)), sorted(set(permutations("aab"))))

# Brute-force puzzle: SEND+MORE=MONEY-style small search
sols = []
for a, b, c in permutations(range(1, 10), 3):
    if a * 10 + b + c * 10 + a == b * 10 + c * 2 + 7 and a < b:
        sols.append((a, b, c))
print(sols[:5], len(sols))

# Subsets via combinations
items = ["x", "y", "z"]
print([list(c) for r in range(len(items) + 1) for c in combinations(items, r)])

# Grid coordinates via product
print([(r, c) for r, c in product(range(2), range(3)) if r != c])
