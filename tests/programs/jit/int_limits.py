# Values right at the i64 limits: constants, comparisons, +/-1 across them.
MAX = 2**63 - 1
MIN = -2**63

def around(n):
    out = []
    for i in range(n):
        k = i % 7 - 3
        a = MAX + k
        b = MIN + k
        out.append((a, b, a > MAX, b < MIN, a == MAX, b == MIN, a - k == MAX))
    return out

def cmp_limits(n):
    c = 0
    x = MAX - 2
    for i in range(n):
        if x < MAX:
            c += 1
        if x >= MAX:
            c += 100
        if x + 1 > MAX:
            c += 10000
        x = MAX - 2 + (i % 4)
    return c

def const_ops(n):
    s = 0
    for i in range(n):
        v = i - n // 2
        s += (v + 9223372036854775807) % 1000
        s += (v - 9223372036854775807) % 1000
        s += (v - (-9223372036854775808)) % 1000
        s += (v + (-9223372036854775808)) % 1000
    return s

def count_to_max(n):
    x = MAX - n // 2
    steps = 0
    while x <= MAX + 3:
        x += 1
        steps += 1
    return x, steps

r = around(3000)
print(r[:7])
print(r[-3:])
print(cmp_limits(3000))
print(const_ops(3000))
print(count_to_max(3000))
print(MAX + 1, MIN - 1, MAX * 2, MIN * 2, type(MAX + 1 - 1).__name__)
