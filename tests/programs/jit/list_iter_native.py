# Native list iteration, tuple unpacking and boxed copies: item types that
# change mid-list, lists mutated while iterated, tuples of other lengths,
# and objects whose lifetimes the loop must keep exact.


def total(xs):
    t = 0.0
    for x in xs:
        t += x
    return t


floats = [float(i) for i in range(3000)]
print(total(floats))
mixed = floats[:2000] + [1] * 500 + ["a"] * 0 + [2.5] * 500
print(total(mixed))
try:
    total(floats[:1500] + ["boom"] + floats[:10])
except TypeError as e:
    print("TypeError:", e)


def grow(xs):
    n = 0
    for x in xs:
        n += 1
        if n < 2000 and x % 3 == 0:
            xs.append(x + 1)
    return n, len(xs)


print(grow(list(range(1500))))


def shrink(xs):
    seen = []
    for x in xs:
        if len(xs) > 1200:
            xs.pop()
        seen.append(x)
    return len(seen), seen[-3:]


print(shrink(list(range(2000))))


def pairs_sum(ps):
    s = 0
    for a, b in ps:
        s += a * b
    return s


ps = [(i, i + 1) for i in range(2000)]
print(pairs_sum(ps))
ps[1500] = (1, 2, 3)
try:
    pairs_sum(ps)
except ValueError as e:
    print("ValueError:", e)
ps[1500] = [4, 5]
print(pairs_sum(ps))
ps[1700] = (2.5, 2)
print(pairs_sum(ps))


class Box:
    made = 0

    def __init__(self, v):
        self.v = v


def rebinding(objs):
    keep = None
    last = None
    for o in objs:
        last = o
        if o.v % 500 == 0:
            keep = o
    return keep.v, last.v


objs = [Box(i) for i in range(3000)]
print(rebinding(objs))
objs = None
print("freed")


def nested(rows):
    out = []
    for row in rows:
        acc = 0
        for v in row:
            acc += v
        out.append(acc)
    return out[:3], len(out)


rows = [[j for j in range(i % 7)] for i in range(2000)]
print(nested(rows))


def it_after(xs):
    it = iter(xs)
    for x in it:
        if x == 1800:
            break
    return next(it), list(it)[:2]


print(it_after(list(range(2000))))


def swap_vars(xs):
    a, b = "x", "y"
    for _ in xs:
        a, b = b, a
    return a, b


print(swap_vars(range(3001)))
