# A range iterator that the loop body also advances, or that outlives the loop.
def pairs(n):
    it = iter(range(n))
    out = []
    for x in it:
        y = next(it)
        out.append((x, y))
    return out[:3], out[-3:], len(out)

def resume(n):
    it = iter(range(n))
    for x in it:
        if x == n // 2:
            break
    after = next(it)
    rest = 0
    for x in it:
        rest += 1
    return after, rest, x

def skip_every(n):
    it = iter(range(n))
    s = 0
    for x in it:
        if x % 10 == 0:
            for _ in range(3):
                next(it, None)
        s += x
    return s

def outer(n):
    res = []
    for k in range(3):
        it = iter(range(k * 1000, k * 1000 + n))
        for x in it:
            if x % 777 == 0:
                break
        res.append((x, next(it)))
    return res

def consumed_by_call(n):
    it = iter(range(n))
    def take():
        return next(it) + next(it)
    s = []
    for x in it:
        if x % 1000 == 0:
            s.append((x, take()))
    return s

def nested_same(n):
    it = iter(range(n))
    out = []
    for x in it:
        for y in it:
            if y % 10 == 0:
                break
        out.append((x, y))
    return out[:4], out[-2:], len(out)

def exhausted_inside(n):
    it = iter(range(n))
    seen = []
    for x in it:
        seen.append(x)
        if x == n // 2:
            rest = list(it)
    return len(seen), seen[-2:], len(rest)

print(pairs(6000))
print(resume(6000))
print(skip_every(6000))
print(outer(3000))
print(consumed_by_call(6000))
print(nested_same(3000))
print(exhausted_inside(3000))
