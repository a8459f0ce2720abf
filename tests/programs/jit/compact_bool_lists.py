# Lists of only True/False built by [b] * n are stored one byte per item.
# Every operation must behave as on any list, before and after the list is
# widened to boxed items, in the interpreter and in compiled loops.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return flags


flags = sieve(3000)
print(sum(1 for f in flags if f), flags[2], flags[4], flags[-1], flags[-3])
print(flags[:12], flags[2997:])
print(flags.count(True), flags.index(True), True in flags, 5 in flags)


def count_true(xs):
    n = 0
    for k in range(len(xs)):
        if xs[k]:
            n += 1
    return n


print(count_true(flags))


# Reading and writing with negative indexes, and out of range.
def negatives(xs):
    total = 0
    for k in range(1, len(xs) + 1):
        if xs[-k]:
            total += k
        xs[-k] = not xs[-k]
    return total


ys = [False] * 2000
for k in range(0, 2000, 3):
    ys[k] = True
print(negatives(ys), ys[:6])
try:
    ys[2000]
except IndexError as e:
    print("IndexError", e)
try:
    ys[-2001] = True
except IndexError as e:
    print("IndexError", e)


# Storing a non-bool widens the list in the middle of a compiled loop.
def widen_mid_loop(n):
    xs = [False] * n
    for k in range(n):
        if k == n // 2:
            xs[k] = 7
        elif k % 2:
            xs[k] = True
    return xs


zs = widen_mid_loop(3000)
print(zs[1496:1504], zs.count(True), zs.count(7))


# A call inside the loop widens the list: the next access must see it.
def grow(xs):
    xs.append("end")


def widen_by_call(n):
    xs = [True] * n
    total = 0
    for k in range(n):
        if xs[k]:
            total += 1
        if k == 1000:
            grow(xs)
        xs[k] = k % 3 == 0
    return total, xs[-2:], len(xs)


print(widen_by_call(2500))


# Iterating directly over a compact list, natively and by helpers.
def iterate(xs):
    t = f = 0
    for x in xs:
        if x:
            t += 1
        else:
            f += 1
    return t, f


bs = [True] * 1500
for k in range(0, 1500, 7):
    bs[k] = False
print(iterate(bs), list(reversed(bs[:8])))

# Other operations on a compact list.
cs = [False] * 5
cs[2] = True
print(cs, repr(cs), cs == [False, False, True, False, False], cs * 2)
print(sorted(cs), cs + [1], len(cs), bool(cs), bool([True] * 0))
cs.sort()
print(cs)
ds = [True] * 4
ds.append(False)
ds.insert(0, None)
print(ds, ds.pop(), ds)
es = [True] * 3
es[1:2] = [False, False]
print(es)
fs = [False] * 3
fs += [True]
fs *= 2
print(fs)
gs = [True] * 4
del gs[1]
print(gs, [x for x in gs], max(gs), min(gs), any(gs), all(gs))
hs = [True] * 3
hs[0] = 1
print(hs, type(hs[0]).__name__, type(hs[1]).__name__)
ks = [True] * 3
ks[1] = 0.0
print(ks)
print([False] * -1, [True] * 0 == [])


# A list that was compact when the loop compiled, then another that is not.
def sum_flags(xs):
    n = 0
    for k in range(len(xs)):
        if xs[k]:
            n += k
    return n


print(sum_flags([True] * 3000), sum_flags([k % 2 == 0 for k in range(3000)]))
print(sum_flags([True] * 3000), sum_flags(list(range(3000))))


# Native iteration over compact lists: typed, boxed, mixed, widened mid-loop.
def count_items(xs):
    t = f = 0
    for x in xs:
        if x:
            t += 1
        else:
            f += 1
    return t, f

def boxed(xs):
    out = []
    for x in xs:
        out.append(x)
    return out.count(True)

def mixed(xs):
    n = 0
    for x in xs:
        n += x
    return n

bs = [True] * 5000
for k in range(0, 5000, 7):
    bs[k] = False
print(count_items(bs), boxed(bs), mixed(bs))
ys = [False] * 3000
ys[2000] = 5
print(count_items(ys), mixed(ys))
zs = [True] * 3000
def grow_mid(xs):
    n = 0
    for x in xs:
        n += 1
        if n == 1500:
            xs.append(7)
            xs.append(False)
    return n, xs[-2:]
print(grow_mid(zs))
