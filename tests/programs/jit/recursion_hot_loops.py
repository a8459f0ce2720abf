# Recursive functions whose frames each run a hot loop, with different
# types at different depths.
def walk(depth, seed):
    s = seed
    for i in range(600):
        s = s + (i % 7) * (depth + 1)
    if depth == 0:
        return s
    inner = walk(depth - 1, seed * 0.5 if depth % 2 else seed * 2**40)
    for i in range(600):
        s = s - 1
    return s, inner

print(walk(6, 3))

def count_paths(n, k):
    if n == 0:
        return 1
    total = 0
    for step in range(1, k + 1):
        if step <= n:
            total += count_paths(n - step, k)
    return total

print([count_paths(n, 3) for n in range(15)])

def ackermann_like(m, n):
    acc = 0
    while m > 0:
        if n == 0:
            n = 1
        else:
            n = ackermann_like(m, n - 1) if m * n < 40 else n * 2
        m -= 1
        acc += n
    return n + 1 + acc

print(ackermann_like(3, 3))
