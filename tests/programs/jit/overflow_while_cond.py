# Big ints in while-loop conditions and counters that cross 2**63.
def doubling():
    x = 1
    n = 0
    while x < 2**200:
        x += x // 3 + 1
        n += 1
        if n % 40 == 0:
            print(n, x.bit_length())
    return n, x

def countdown():
    i = 2**63 + 2500
    seen = []
    while i > 2**63 - 2500:
        i -= 1
        if i % 1000 == 0 or i in (2**63, 2**63 - 1):
            seen.append(i)
    return seen, i

def cross_both(n):
    lo, hi = -2**63 + 3, 2**63 - 3
    k = 0
    while k < n and not (lo < -2**63 and hi > 2**63):
        lo -= 1
        hi += 1
        k += 1
    return k, lo, hi

print(doubling())
print(countdown())
print(cross_both(3000))
