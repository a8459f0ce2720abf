# Comprehensions: list/set/dict comprehensions are inlined into the
# enclosing code (PEP 709), generator expressions get their own code object,
# and a comprehension in a class body cannot see the class's names.
def squares(n):
    return [i * i for i in range(n)]
print(squares(4))

data = [3, 1, 2]
print({k: v for k, v in enumerate(data)})
print(sorted({x % 2 for x in data}))
print(sum(x for x in data if x > 1))

def scaled(xs, k):
    return list(x * k for x in xs)
print(scaled(data, 2))

class Table:
    size = 3
    rows = [r for r in range(size)]
    cols = [size for _ in range(2)] if False else None
print(Table.rows, Table.cols)
