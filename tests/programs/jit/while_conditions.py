# while loops with and/or/not and chained comparisons.
def chained(n):
    i = 0
    hits = 0
    while 0 <= i < n:
        if 10 < i % 50 <= 20:
            hits += 1
        if not (i % 3 == 0 or i % 5 == 0) and i % 7 != 0:
            hits += 100
        i += 1
    return hits, i

def and_or(n):
    a, b = 0, n
    steps = 0
    while (a < b and a * a < 10**9) or (b > 0 and not a):
        a += 3
        b -= 1
        steps += 1
    return a, b, steps

def values_of_and_or(n):
    out = []
    for i in range(n):
        x = (i % 3 and i % 5) or -1
        y = i % 4 and 2.5 or "z"
        z = not i % 6
        if i % 450 == 0:
            out.append((x, y, z))
    return out

def float_chain(n):
    x = 0.0
    c = 0
    while -1.0 < x < n / 10:
        x += 0.1
        c += 1
    return c, round(x, 9)

def mixed_chain(n):
    c = 0
    for i in range(n):
        v = i - n // 2
        if -10 < v <= 10.5 < n:
            c += 1
        if v < 0 < i < 5 * n:
            c += 1000
        if 2**70 > v > -2**70:
            c += 10**6
    return c

print(chained(3000))
print(and_or(3000))
print(values_of_and_or(3000))
print(float_chain(300))
print(mixed_chain(3000))
