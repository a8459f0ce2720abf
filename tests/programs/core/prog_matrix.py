def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError("shape mismatch: " + str(len(a[0])) + " vs " + str(inner))
    return [[sum([a[i][k] * b[k][j] for k in range(inner)]) for j in range(cols)] for i in range(rows)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(m):
    return [list(r) for r in zip(*m)]
def show(m):
    for row in m:
        print(" ".join([str(v).rjust(6) for v in row]))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(matmul(B, A))
print(matmul(A, identity(3)) == A, transpose(A), transpose(transpose(A)) == A)
try:
    matmul(A, A)
except ValueError as e:
    print(type(e).__name__, e)
def matpow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result
fibm = matpow([[1, 1], [1, 0]], 100)
print(fibm[0][1])
F = [[0.5, 0.25], [0.125, 1.5]]
show(matmul(F, F))
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print(det([[2]]), det([[1, 2], [3, 4]]), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), det(identity(4)))
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print([grid[i][i] for i in range(4)], [grid[i][3 - i] for i in range(4)], sum([sum(r) for r in grid]))
rot = [list(r)[::-1] for r in zip(*grid)]
show(rot)
