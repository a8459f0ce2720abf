matrix = [[1, 2], [3, 4]]
flat = [x for row in matrix for x in row]
transposed = [[row[i] for row in matrix] for i in range(2)]
def f(m):
    return [[x * y for x in row] for row in m for y in (1, 2)]
def g(m):
    return {i: [x for x in row if x != i] for i, row in enumerate(m)}
deep = [[[z for z in range(y)] for y in range(x)] for x in range(3)]
