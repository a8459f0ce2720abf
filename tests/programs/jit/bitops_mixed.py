# &, |, ^, ~ on negative, small and big ints in hot loops.
def main(n):
    a = 0
    b = -1
    out = []
    for i in range(n):
        v = i * 2654435761 % 2**32 - 2**31
        a ^= v
        b &= ~v | 0x5555
        c = (v | -256) & (v ^ 0xFF00)
        d = (2**70 + v) & 0xFFFFFFFF
        e = (-2**70 - v) | 7
        if i % 400 == 0:
            out.append((v, a, b, c, d, e))
    return out

def masks(n):
    s = 0
    for i in range(n):
        s += (i & -i) + (i | -i) + (i ^ -i)
        s += (-2**63 | i) & (2**63 - 1)
    return s

for row in main(3000):
    print(row)
print(masks(3000))
