# nan/inf in hot loops: comparisons, arithmetic, truth values.
import math
nan = float("nan")
inf = float("inf")

def compares(n):
    vals = [nan, inf, -inf, 0.0, -0.0, 1.5, -2.5]
    counts = [0] * 8
    for i in range(n):
        a = vals[i % 7]
        b = vals[(i // 7) % 7]
        if a < b: counts[0] += 1
        if a <= b: counts[1] += 1
        if a > b: counts[2] += 1
        if a >= b: counts[3] += 1
        if a == b: counts[4] += 1
        if a != b: counts[5] += 1
        if not (a < b): counts[6] += 1
        if a: counts[7] += 1
    return counts

def arith(n):
    x = 1.0
    out = []
    for i in range(n):
        x = x * 1.5
        if i % 100 == 0:
            out.append(x)
    y = x - x
    z = x * 0.0
    return out[-4:], x, y, z, y == y, math.isnan(y), x > 1e308

def nan_int(n):
    c = 0
    for i in range(n):
        if i < nan: c += 1
        if i == nan: c += 10
        if i != nan: c += 100
        if inf > i: c += 1000
        if -inf < i: c += 10000
    return c

def nan_loop_var(n):
    s = 0.0
    for i in range(n):
        s += 1.0
        if i == 1000:
            s = nan
        if i == 2000:
            s = 0.0
        if i % 500 == 0:
            print(i, s, s == s, s != s, bool(s))
    return s

print(compares(3000))
print(arith(3000))
print(nan_int(3000))
print(nan_loop_var(3000))
print(inf - inf, inf * 0, -inf, inf + 1, 1 / inf, -1 / inf, nan is nan)
