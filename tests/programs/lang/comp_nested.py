matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
print({(r, c): matrix[r][c] for r in range(3) for c in range(3) if r == c})
print([sum(row) for row in matrix], sum(sum(row) for row in matrix))
print([[matrix[r][c] for c in range(3)][::-1] for r in range(3)][::-1])

# Matrix multiplication
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print([[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A])

# Pythagorean triples
print([(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c])

# Flatten deeply with recursion in comprehension
def flat(x):
    return [y for item in x for y in (flat(item) if isinstance(item, list) else [item])]
print(flat([1, [2, [3, [4]], 5], [[6]]]))

# Nested dict comprehension inversion
grades = {"ann": {"math": 90, "art": 75}, "bob": {"math": 60, "art": 95}}
by_subject = {s: {n: g[s] for n, g in grades.items()} for s in ["math", "art"]}
print(by_subject)

# Conditional expressions within nested comprehensions
print([["even" if (r + c) % 2 == 0 else "odd" for c in range(3)] for r in range(2)])

# Chessboard
print("\n".join("".join("#" if (r + c) % 2 else "." for c in range(8)) for r in range(4)))

# Set of frozensets and sorting results
pairs = {frozenset((a, b)) for a in range(4) for b in range(4) if a != b}
print(len(pairs), sorted(tuple(sorted(p)) for p in pairs))

# Comprehension using walrus across nesting
data = [[1, 2], [3, 4, 5], [6]]
print([total for row in data if (total := sum(row)) > 3], total)

# Primes via nested comprehension
print([n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))])

# Word frequency with nested structures
text = ["the cat", "the dog", "a cat"]
words = [w for line in text for w in line.split()]
print({w: words.count(w) for w in sorted(set(words))})
