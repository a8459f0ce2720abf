# A hot loop calls its own function recursively with other types; the inner
# call deoptimizes/recompiles the loop while the outer loop is running it.
def rec(depth, x):
    s = x
    for i in range(1500):
        s = s + x
        if i == 700 and depth > 0:
            inner = rec(depth - 1, x * 0.5 if depth % 2 else x * 2**62)
            s = s + inner
        if i == 1200 and depth == 2:
            s = s - s + 1
    return s

for d in range(5):
    print(d, rec(d, 3))

def mutual_a(n, k):
    t = 0
    for i in range(n):
        t += i % 5
        if i == n // 2 and k:
            t += mutual_b(n, k - 1)
    return t

def mutual_b(n, k):
    t = 0.0
    i = 0
    while i < n:
        t += 0.5
        if i == n // 3 and k:
            t += mutual_a(n, k - 1)
        i += 1
    return t

print(mutual_a(1200, 6), mutual_b(1200, 5))
