# Small range loops are unrolled: a group of copies runs while enough
# items are left, ints updated by constants are checked once per group,
# and everything else keeps its guards in every copy.
import sys


def count(n, start=0):
    x = start
    for _ in range(n):
        x += 1
    return x


# Every remainder of the group size, and empty loops.
print([count(n) for n in range(0, 40)])
print(count(100003), count(2500))


def loop_var(n):
    i = "unset"
    for i in range(n):
        pass
    return i


print(loop_var(0), loop_var(1), loop_var(9), loop_var(1000))


def steps(a, b, s):
    total = 0
    last = None
    for v in range(a, b, s):
        total += 3
        total -= 1
        last = v
    return total, last


for args in [(0, 50, 1), (0, 50, 7), (50, 0, -1), (50, -50, -3), (10, 10, 1),
             (-2**62, -2**62 + 100, 9), (2**63 - 40, 2**63 - 1, 1)]:
    print(args, steps(*args))


# An induction variable near the end of the machine range: the group test
# fails, single iterations run with their checks, and the value becomes a
# big int at the exact iteration.
def near_max(start, n):
    x = start
    hit = -1
    for i in range(n):
        x += 1
        if x == 9223372036854775807:
            hit = i
    return x, hit, type(x).__name__


print(near_max(2**63 - 30, 40))
print(near_max(2**63 - 1 - 100, 100))
print(near_max(2**63 - 1 - 100, 101))
print(near_max(2**63 - 1 - 8, 9))
print(near_max(-2**63, 1000))


def near_min(start, n):
    y = start
    for _ in range(n):
        y -= 2
    return y


print(near_min(-2**63 + 50, 30), near_min(-2**63 + 50, 20))


# Updates on some paths only, in both directions, with continue and break.
def branches(n, stop):
    up = 0
    down = 0
    other = 0
    for i in range(n):
        if i % 3 == 0:
            up += 5
            continue
        down -= 2
        if i == stop:
            break
        other = other + i
    else:
        other = -other
    return up, down, other, i


print(branches(100, -1), branches(100, 50), branches(7, 3), branches(1000, 998))


def breaks(n, stop):
    up = 0
    for i in range(n):
        if i == stop:
            break
        up += 3
    else:
        up = -up
    return up, i


print(breaks(100, 45), breaks(100, 100), breaks(3, 1), breaks(2000, 1999))


def continues(n):
    up = 0
    down = 0
    for i in range(n):
        if i & 1:
            continue
        up += 5
        down -= 1
    return up, down


print(continues(0), continues(1), continues(999), continues(1000))


# A guard fails in the middle of a group: the copy's state is written back
# and the interpreter resumes at that iteration.
def type_change(n, at):
    x = 0
    for i in range(n):
        x += 1
        if i == at:
            x = x + 0.5
    return x


print(type_change(100, 37), type_change(100, 0), type_change(100, 99))


# An item of another type in the middle of a group.
def item_type(items):
    acc = 0
    for i in range(len(items)):
        acc += items[i]
    return acc


print(item_type([1] * 50 + [2.5] + [1] * 50), item_type([3] * 1000 + ["x"] * 0))
try:
    item_type([1] * 30 + ["x"])
except TypeError as e:
    print("TypeError", e)


def raises(n, at):
    total = 0
    i = -1
    try:
        for i in range(n):
            total += 100 // (i - at)
    except ZeroDivisionError as e:
        return "ZeroDivisionError", str(e), i, total
    return total


print(raises(50, 21), raises(50, 60))


def traceback_line(n, at):
    xs = [0] * at
    for i in range(n):
        xs[i] = i
    return xs


try:
    traceback_line(30, 20)
except IndexError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("IndexError", e, tb.tb_lineno)


# List reads and writes in every copy, on boxed and compact lists.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, n + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return sum(flags)


print(sieve(10000))


def prefix(xs):
    out = [0] * len(xs)
    acc = 0
    for i in range(len(xs)):
        acc = acc + xs[i]
        out[i] = acc
    return out[-5:], acc


print(prefix(list(range(1000))))
print(prefix([1.5] * 999))


# A list changed by another iteration of the group (aliasing).
def alias(n):
    a = [1] * n
    for i in range(1, n):
        a[i] = a[i - 1] * 2 % 1000003
    return a[-1]


print(alias(5000))


# Nested: the inner loop is unrolled inside a compiled outer loop.
def nested(n):
    total = 0
    for i in range(n):
        for j in range(i):
            total += 1
        total -= 1
    return total


print(nested(300))


# The loop variable is read after the loop and through locals() later.
def after(n):
    k = 0
    for j in range(3, n, 2):
        k += 2
    return j, k, sorted(locals())


print(after(1001), after(20))


# A generator: an unrolled loop in a frame that suspends around it.
def gen(n):
    for r in range(3):
        c = 0
        for _ in range(n):
            c += 1
        yield c


print(list(gen(2049)))


# A float accumulator next to an int induction variable.
def mixed(n):
    f = 0.0
    k = 0
    for i in range(n):
        f += 0.25
        k += 1
    return f, k


print(mixed(4097))
print(sys.maxsize + count(3, start=sys.maxsize - 5) - sys.maxsize)


# A yield inside an unrolled body leaves native code at that copy; the
# loop comes back in at the next back-edge.
def yields(n):
    x = 0
    for i in range(n):
        x += 3
        yield x


print(sum(yields(5000)), list(yields(3)), list(yields(0)))
