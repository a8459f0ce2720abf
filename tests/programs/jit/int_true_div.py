# int / int is correctly rounded even above 2**53; int/float mixes.
def main(n):
    out = []
    for i in range(n):
        a = 2**60 + i
        out.append(a / 3)
    return out

def small(n):
    s = 0.0
    out = []
    for i in range(1, n):
        q = i / 7
        r = (-i) / 3
        s += q + r
        if i % 400 == 0:
            out.append((q, r, i / i, 2**53 / i))
    return s, out

def exact_edges(n):
    vals = [2**53 - 1, 2**53, 2**53 + 1, 2**54 + 1, -2**53 - 1, 2**63 - 1, -2**63, 3]
    res = []
    for i in range(n):
        a = vals[i % 8]
        b = vals[(i // 8) % 8]
        res.append(a / b)
    return res[:64]

def mixed(n):
    out = []
    x = 2**60 + 1
    for i in range(n):
        y = x + 0.5
        z = x * 1.0
        w = x - 1.0
        if i % 1000 == 0:
            out.append((y, z, w, x / 1.0, 1.0 / x))
        x += 1
    return out

r = main(3000)
print(r[:3], r[-3:])
print(small(3000))
print(exact_edges(3000))
print(mixed(3000))
print((2**60 + 1) / 3, (2**53 + 1) / 1, 10**30 / 7, -(2**62 + 3) / 7)
