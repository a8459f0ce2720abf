# Bools in arithmetic, comparisons and as loop flags.
def main(n):
    t = 0
    flags = [True, False]
    out = []
    for i in range(n):
        b = flags[i % 2]
        t += b + b * 3 - b // 1
        c = b < 1
        d = b == 1.0
        e = -b
        f = b + 0.5
        if i % 1000 < 2:
            out.append((b, c, d, e, f, b & True, b | False, b ^ True, type(b & True).__name__))
    return t, out

def compare_bools(n):
    c = 0
    for i in range(n):
        x = i % 2 == 0
        y = i % 3 == 0
        if x > y: c += 1
        if x == y: c += 10
        if x is y: c += 100
        if x + y == 2: c += 1000
    return c

def sum_bools(n):
    return sum(i % 3 == 0 for i in range(n)), sum([True] * n), True * n

print(main(3000))
print(compare_bools(3000))
print(sum_bools(3000))
