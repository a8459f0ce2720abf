# abs, min and max of two numbers in hot loops, across types and limits.
def main(n):
    s = 0
    lo = 10**9
    hi = -10**9
    for i in range(n):
        v = (i * 37) % 101 - 50
        s += abs(v)
        lo = min(lo, v)
        hi = max(hi, v)
        s += max(v, 0) - min(v, 0)
    return s, lo, hi

def mixed(n):
    out = []
    for i in range(n):
        a = i - n // 2
        b = (n // 2 - i) * 0.5
        m = min(a, b)
        M = max(a, b)
        if i % 500 == 0:
            out.append((m, M, type(m).__name__, abs(b), abs(-0.0)))
    return out

def ties(n):
    c = 0
    for i in range(n):
        a = 1
        b = 1.0
        if type(min(a, b)) is int:
            c += 1
        if type(max(b, a)) is float:
            c += 10
    return c

def limits(n):
    out = []
    for i in range(n):
        v = -2**63 + (i % 3)
        out.append(abs(v))
        out.append(max(v, -2**63 - 1))
        out.append(min(2**63 - 1 + i % 2, 2**63))
    return out[:9]

def nan_minmax(n):
    nan = float("nan")
    r = []
    for i in range(n):
        r = [min(nan, 1.0), min(1.0, nan), max(nan, 2), max(2, nan)]
    return r

print(main(3000))
print(mixed(3000))
print(ties(3000))
print(limits(3000))
print(nan_minmax(3000))
