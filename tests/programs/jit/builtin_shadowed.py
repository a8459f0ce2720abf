# A builtin shadowed (and unshadowed) while a loop that calls it is hot.
import builtins

def uses_abs(n):
    s = 0
    for i in range(n):
        s += abs(i - n // 2)
        if i == 1000:
            globals()["abs"] = lambda v: 7
        if i == 2000:
            del globals()["abs"]
        if i % 500 == 0 or i in (1001, 2001):
            print(i, s)
    return s

def uses_len(n):
    a = [1, 2, 3]
    s = 0
    orig = builtins.len
    for i in range(n):
        s += len(a)
        if i == 1500:
            builtins.len = lambda x: 100
        if i == 2500:
            builtins.len = orig
    return s

def shadow_min(n):
    global min
    s = 0
    for i in range(n):
        s += min(i, 10)
        if i == 1000:
            min = max
        if i % 500 == 0:
            print("min", i, s)
    del min
    return s + min(3, 4)

def range_shadowed(n):
    orig = builtins.range
    out = []
    for k in range(n):
        s = 0
        last = None
        for last in range(k % 5):
            s += last
        out.append((s, last))
        if k == n // 3:
            builtins.range = lambda m: [m * 10, -1]
        if k == 2 * n // 3:
            builtins.range = orig
    return out[n // 3 - 2: n // 3 + 3], out[-3:]

print(uses_abs(3000))
print(uses_len(3000))
print(shadow_min(3000))
print(range_shadowed(3000))
