# PEP 667: frame.f_locals is a write-through proxy; writes made inside a hot
# loop must be seen by the loop at once.
import sys

def reads(n):
    fr = sys._getframe()
    s = 0
    for i in range(n):
        s += i
        if i % 700 == 0:
            p = fr.f_locals
            print(i, p["s"], p["i"], "s" in p)
    return s

def writes(n):
    fr = sys._getframe()
    x = 0
    log = []
    for i in range(n):
        x += 1
        if i == 1000:
            fr.f_locals["x"] = 10**6
        if i == 2000:
            fr.f_locals["x"] = 2**64
        if i % 250 == 0 or i in (1000, 1001, 2000, 2001):
            log.append((i, x))
    return log

def write_float(n):
    fr = sys._getframe()
    acc = 0
    for i in range(n):
        acc = acc + 2
        if i == 1500:
            fr.f_locals["acc"] = 0.25
        if i % 500 == 0 or i == 1501:
            print(i, acc)
    return acc

def write_counter(n):
    fr = sys._getframe()
    k = 0
    steps = 0
    while k < n:
        k += 1
        steps += 1
        if k == 100:
            fr.f_locals["k"] = n - 10
    return k, steps

def write_loop_var(n):
    fr = sys._getframe()
    seen = []
    for i in range(n):
        if i == 1200:
            fr.f_locals["i"] = -5
            seen.append(i)
        if i < 0:
            seen.append(("neg", i))
    return seen, i

def helper_writes(n):
    def poke(depth, name, value):
        sys._getframe(depth + 1).f_locals[name] = value
    total = 0
    for i in range(n):
        total += 3
        if i % 1000 == 999:
            poke(0, "total", -i)
    return total

for row in writes(3000):
    print(row)
print(reads(3000))
print(write_float(3000))
print(write_counter(3000))
print(write_loop_var(3000))
print(helper_writes(3000))
