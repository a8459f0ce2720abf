# Float arithmetic in compiled loops must be bit-exact (no fused
# multiply-add, no reassociation): reprs are compared.
def main(n):
    a = 0.0
    b = 1.0
    c = 0.1
    h = []
    for i in range(n):
        a = a + 0.1
        b = b * 1.0000001 + 1e-9
        c = c * c + 0.3 - c / 3.0
        d = a * b - c * 0.7
        if i % 300 == 0:
            h.append((a, b, c, d))
    return h

def mixed(n):
    s = 0.0
    for i in range(n):
        s += i * 0.1 - i / 3 + (i % 7) / 9
        s -= 1 / (i + 1)
    return s

def kahan(n):
    total = 0.0
    comp = 0.0
    for i in range(n):
        y = 1.0 / (i + 1) - comp
        t = total + y
        comp = (t - total) - y
        total = t
    return total, comp

for row in main(3000)[:10]:
    print(row)
print(mixed(3000))
print(kahan(3000))
print(sum(0.1 for _ in range(3000)))
