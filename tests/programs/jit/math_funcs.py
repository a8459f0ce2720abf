# math.sqrt / math.floor / math.ceil and friends inside hot loops.
import math

def main(n):
    s = 0.0
    f = 0
    out = []
    for i in range(n):
        r = math.sqrt(i)
        s += r
        f += math.floor(r) + math.ceil(-r)
        if i % 400 == 0:
            out.append((i, r, math.floor(r), math.isqrt(i)))
    return round(s, 6), f, out

def floors(n):
    out = []
    for i in range(n):
        x = (i - n / 2) / 7
        fl = math.floor(x)
        out.append(fl)
    return out[:5], out[-5:], sum(out), type(out[0]).__name__

def big_floor(n):
    out = []
    x = 2.0 ** 62
    for i in range(n):
        x *= 1.01
        v = math.floor(x)
        if i % 10 == 0:
            out.append(v)
    return out[:3], out[-2:], type(v).__name__

def domain(n):
    c = 0
    for i in range(n):
        try:
            math.sqrt(1000 - i)
        except ValueError as e:
            c += 1
            msg = str(e)
    try:
        for i in range(n):
            math.floor(float("inf") if i == 2000 else i)
    except OverflowError as e:
        print("overflow:", i, e)
    return c, msg

def hypot_loop(n):
    s = 0.0
    for i in range(1, n):
        s += math.hypot(i, i + 1) - math.sqrt(i * i + (i + 1) * (i + 1))
        s += math.fabs(math.trunc(-i / 3))
    return round(s, 6)

print(main(3000))
print(floors(3000))
print(big_floor(100))
print(domain(3000))
print(hypot_loop(3000))
