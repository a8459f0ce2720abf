# Exact int/float comparisons with big ints (no rounding to float first).
def main(n):
    vals = [2**53, 2**53 + 1, 2**53 - 1, 2**63 - 1, -2**63, 2**63, 2**64 + 1, -2**53 - 1, 10**20]
    out = []
    for i in range(n):
        a = vals[i % len(vals)]
        f = float(a)
        out.append((a == f, a < f, a > f, a <= f, a >= f, a != f))
    return out[:len(vals)]

def shifted(n):
    c = [0, 0, 0, 0]
    f = float(2**53)
    for i in range(n):
        k = 2**53 - n // 2 + i
        if k == f: c[0] += 1
        if k < f: c[1] += 1
        if k > f: c[2] += 1
        if f == k: c[3] += 1
    return c

def big_counter(n):
    x = 2**53 - 10
    hits = []
    g = 9007199254740993.0   # rounds to 2**53
    for i in range(n):
        if x == g:
            hits.append(x)
        if x > g and len(hits) < 5:
            hits.append(-x)
        x += 1
        if i > 40:
            break
    return hits

def float_var_int(n):
    out = []
    f = 0.5
    for i in range(n):
        big = 2**63 + i
        out.append((big > f, big == float(big), big - 1 < float(2**63)))
        f += 1.0
    return out[:3], out[-3:]

print(main(3000))
print(shifted(3000))
print(big_counter(3000))
print(float_var_int(3000))
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53 + 1), 2**63 == 9.223372036854776e18)
