# Ranges whose bounds or lengths do not fit machine words.
def near(start, n, step=1):
    out = []
    s = 0
    for x in range(start, start + n * step, step):
        s += x & 0xffff
        out.append(x)
    return out[:3], out[-3:], s, len(out)

print(near(2**62, 5))
print(near(10**20, 3))
print(near(2**63 - 3, 6))
print(near(-2**63 - 3, 6))
print(near(2**64 - 2000, 3000))
print(near(-2**63, 3000, -1))

def hot_near(n):
    r = None
    for _ in range(n):
        r = near(2**63 - 2, 4)
    return r

print(hot_near(1500))

def wide(lo, hi, limit):
    # a range longer than 2**63 elements: count a few thousand, then stop
    c = 0
    first = None
    for x in range(lo, hi):
        if first is None:
            first = x
        c += 1
        if c >= limit:
            break
    return first, x, c

print(wide(-2**62, 2**62, 3000))
print(wide(-2**63, 2**63 - 1, 3000))
print(wide(0, 2**64, 3000))
print(wide(-2**63, 2**63, 3000))

def wide_step(n):
    c = 0
    for x in range(-2**63, 2**63, 2**60):
        c += 1
    out = []
    for x in range(2**63 - 1, -2**63 - 1, -2**61):
        out.append(x)
    return c, out

print(wide_step(10))
print(len(range(-2**62, 2**62, 3)), range(0, 2**64, 3)[-1])
