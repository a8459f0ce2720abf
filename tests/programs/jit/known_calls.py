# Calls native code makes itself: intrinsics (abs, min, max, math.sqrt,
# math.fabs) and small functions lowered in place, behind guards on the
# globals they come from. Every guard failure here must behave exactly as
# the interpreter: rebinding, shadowing, exceptions raised inside.
import math


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul_row(v, i):
    acc = 0.0
    for j in range(len(v)):
        acc += entry(i, j) * v[j]
    return acc


v = [1.0] * 3000
print(mul_row(v, 3))


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def clamps(n):
    t = 0
    for i in range(n):
        t += clamp(i % 50, 10, 40)
    return t


print(clamps(5000))


def sign(x):
    return (x > 0) - (x < 0)


def signs(xs):
    s = 0
    for x in xs:
        s += sign(x) * abs(x)
    return s


print(signs(list(range(-1500, 1500))))


def intrinsics(n):
    a = 0
    f = 0.0
    for i in range(n):
        a += abs(i - 500) + min(i, 300) + max(i, 700)
        f += math.sqrt(i) + math.fabs(-i * 0.5) + min(f, 2.5) + max(0.5, f * 0.0)
    return a, round(f, 6)


print(intrinsics(3000))
nan = float("nan")
print(min(nan, 1.0), min(1.0, nan), max(nan, 1.0), max(1.0, nan))


def minmax_nan(n):
    out = []
    for i in range(n):
        x = nan if i == n - 1 else float(i)
        out.append((min(x, 5.0), max(5.0, x)))
    return out[-2:]


print(minmax_nan(2000))


def sqrt_neg(n):
    t = 0.0
    for i in range(n, -5, -1):
        t += math.sqrt(i)
    return t


try:
    sqrt_neg(3000)
except ValueError as e:
    print("ValueError:", e)


def abs_overflow(xs):
    t = 0
    for x in xs:
        t = abs(x)
    return t


print(abs_overflow([-5] * 2000 + [-(2**63)]))


def div(a, b):
    return a // b


def divs(n):
    t = 0
    for i in range(n, -1, -1):
        t += div(100, i)
    return t


try:
    divs(3000)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def mul(a, b):
    return a * b


def overflowing(n):
    p = 1
    for i in range(1, n):
        p = mul(p, 3)
    return p


print(overflowing(100) % 1000003)


def rebind_inside(n):
    global helper
    t = 0
    for i in range(n):
        t += helper(i)
        if i == n // 2:
            helper = other
    return t


def helper(x):
    return x + 1


def other(x):
    return x * 2


print(rebind_inside(4000))


def shadow_builtin(n):
    global abs
    t = 0
    for i in range(n):
        t += abs(-i)
        if i == 2500:
            abs = lambda x: 1000
    return t


print(shadow_builtin(3000))
del abs


def module_attr_change(n):
    t = 0.0
    for i in range(n):
        t += math.sqrt(4.0)
        if i == 2000:
            math.sqrt = lambda x: -1.0
    return t


saved = math.sqrt
print(module_attr_change(3000))
math.sqrt = saved


def with_defaults(a, b=10):
    return a + b


def defaults_loop(n):
    t = 0
    for i in range(n):
        t += with_defaults(i) + with_defaults(i, 1)
    return t


print(defaults_loop(3000))


def returns_mixed(x):
    if x > 1500:
        return 0.5
    return x


def mixed(n):
    t = 0
    for i in range(n):
        t += returns_mixed(i)
    return t


print(mixed(3000))
