# Multiplication overflows to big ints inside hot loops.
def powers(base, n):
    x = 1
    out = []
    for i in range(n):
        x = x * base
        if i % 8 == 0:
            out.append(x)
        if x > 10**60:
            x = 1
    return out

def fact_mod(n):
    f = 1
    total = 0
    for i in range(1, n):
        f *= i
        total += f % 1000003
        if i % 300 == 0:
            print(i, total, f.bit_length())
    return total

def mul_vars(n):
    a = 3037000499   # floor(sqrt(2**63 - 1))
    s = 0
    for i in range(n):
        b = a + (i % 3)  # a*a fits, (a+1)*(a+1) does not
        s += b * b
        s -= b * b
        c = b * b
        if i % 400 == 0:
            print(i, c, c - 2**63)
    return s

def neg_mul(n):
    x = -1
    for i in range(n):
        x = x * -3 if abs(x) < 10**30 else -1
        if i % 100 == 0:
            print(i, x)
    return x

for v in powers(7, 3000)[:20]:
    print(v)
print(fact_mod(1500))
print(mul_vars(3000))
print(neg_mul(2000))
print(-2**62 * 2, 2**62 * -2, -2**63 * -1, (-2**63) * 1)
