# ** (int, float, negative and modular), divmod and pow() in hot loops.
def main(n):
    s = 0
    f = 0.0
    out = []
    for i in range(n):
        a = i % 13 - 6
        b = i % 5
        s += a ** b
        f += 2 ** (-b)
        f += (i % 7) ** 0.5
        q, r = divmod(a * 1000 + i, b + 1)
        s += q - r
        s += pow(i, 65537, 1000003)
        if i % 500 == 0:
            out.append((a ** b, 2 ** -b, divmod(a, -3), divmod(-7.5, 2), pow(3, i, 7)))
    return s, round(f, 6), out

def big_pow(n):
    x = 3
    c = 0
    for i in range(n):
        y = x ** (i % 50)
        c += y.bit_length()
    return c

def neg_base(n):
    out = []
    for i in range(n):
        v = 8 ** (1 / 3) + (-8) ** -3 if i == n - 1 else 0
    try:
        for i in range(n):
            w = 0 ** (i - n + 1 - 1)
    except ZeroDivisionError as e:
        out.append(str(e))
    return v, out

print(main(3000))
print(big_pow(3000))
print(neg_base(3000))
