# Augmented assignment on subscripts and attributes in hot loops.
class P:
    def __init__(self):
        self.x = 0
        self.y = 1.0
        self.items = [0, 0, 0]

def main(n):
    d = {"a": 0, "b": 2**62}
    a = [0, 0.0, "", 2**63 - 1000]
    p = P()
    for i in range(n):
        d["a"] += i
        d["b"] += 2**50
        a[0] -= i
        a[1] += 0.5
        a[2] += "x" if i % 1000 == 0 else ""
        a[3] += 1
        p.x += i % 3
        p.y *= 1.001
        p.items[i % 3] += 1
        a[i % 2] *= 1
    return d, a[:3], a[3] - 2**63, p.x, round(p.y, 6), p.items

def nested(n):
    grid = [[0] * 4 for _ in range(4)]
    for i in range(n):
        grid[i % 4][(i // 4) % 4] += i
        grid[-1][-1] //= 2
    return grid

def ops(n):
    d = {"v": 1}
    for i in range(n):
        d["v"] <<= 1
        d["v"] %= 2**70 + 1
        d["v"] |= i
        d["v"] ^= 3
    return d

def key_missing(n):
    d = {}
    try:
        for i in range(n):
            d[i % 100] = d.get(i % 100, 0) + 1
            if i == 2500:
                d[1000] += 1
    except KeyError as e:
        print("missing:", i, repr(e), sum(d.values()))

print(main(3000))
print(nested(3000))
print(ops(3000))
key_missing(3000)
