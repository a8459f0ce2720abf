# enumerate and zip in hot loops, with starts and unequal lengths.
def main(n):
    a = list(range(n))
    b = [x * x for x in range(n // 2)]
    s = 0
    for i, x in enumerate(a):
        s += i * x
    t = 0
    for x, y in zip(a, b):
        t += x - y
    u = 0
    for i, (x, y) in enumerate(zip(a, b), 100):
        u += i + x * y % 7
    w = []
    for i, ch in enumerate("abcdefghij" * 300):
        if i % 333 == 0:
            w.append((i, ch))
    z3 = 0
    for x, y, z in zip(a, reversed(a), range(0, 3 * n, 3)):
        z3 += x * y - z
    return s, t, u, w, z3, i, x

print(main(3000))

def strict(n):
    try:
        for x, y in zip(range(n), range(n + 1), strict=True):
            pass
    except ValueError as e:
        print(x, y, e)

strict(3000)
