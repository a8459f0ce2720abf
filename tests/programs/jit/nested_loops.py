# Two and three levels of nested hot loops; inner loops with varying bounds.
def matmul(n):
    a = [[(i * j) % 7 - 3 for j in range(n)] for i in range(n)]
    b = [[(i + 2 * j) % 5 - 2 for j in range(n)] for i in range(n)]
    c = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0
            for k in range(n):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c

def triangle(n):
    total = 0
    rows = []
    for i in range(n):
        for j in range(i):
            total += i ^ j
        if i % 15 == 0:
            rows.append((i, j if i else None, total))
    return total, rows

def mixed_vars(n):
    x = 0
    for i in range(n):
        for j in range(i % 5, 10, 2):
            x += i * j
            x %= 1000003
        x += i
    return x, i, j

def while_in_for(n):
    out = []
    for i in range(1, n):
        k = i
        steps = 0
        while k != 1 and steps < 1000:
            k = k // 2 if k % 2 == 0 else 3 * k + 1
            steps += 1
        if i % 97 == 0:
            out.append((i, steps))
    return out

c = matmul(14)
for row in c[:4]:
    print(row)
print(sum(map(sum, c)))
print(triangle(80))
print(mixed_vars(3000))
print(while_in_for(1200))
