# Int-indexed reads and writes of lists in hot loops: list subclasses with
# their own __getitem__/__setitem__, lists that shrink or grow while the loop
# runs, items of changing types, tuples/strings/dicts indexed by int.
class Doubling(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 2
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v + 1000)

class Plain(list):
    pass

def read_sum(a, n):
    s = 0
    for i in range(n):
        s += a[i % 10]
    return s

def write_all(a, n):
    for i in range(n):
        a[i % 10] = i
    return list(a)

def main(n):
    base = list(range(10))
    print(read_sum(base, n), read_sum(Doubling(base), n), read_sum(Plain(base), n))
    print(read_sum(tuple(base), n), read_sum({i: i * 3 for i in range(10)}, n))
    print(write_all([0] * 10, n))
    print(write_all(Doubling([0] * 10), n))
    print(write_all(Plain([0] * 10), n))
    d = {}
    print(write_all(d, n) if False else None)

def shrinking(n):
    a = list(range(n))
    s = 0
    i = 0
    try:
        while True:
            s += a[i]
            if i % 100 == 0:
                a.pop()
            i += 1
    except IndexError as e:
        print("shrunk", i, len(a), s, e)

def growing(n):
    a = [0]
    for i in range(n):
        a.append(a[i] + 1)
        a[i] = a[-1] * 2
    return a[:5], a[-5:]

def item_types(n):
    a = [1, 2, 3.5, 4, 2**70, None, True, "x"]
    out = []
    for i in range(n):
        v = a[i % 8]
        out.append(v)
        a[i % 8] = v
    return out[:8], out[-8:]

def float_items(n):
    a = [0.0] * 8
    for i in range(n):
        a[i % 8] = a[(i + 7) % 8] + 0.5
        a[i % 8] += 1
    a[3] = 2**63
    for i in range(n):
        a[i % 8] = a[i % 8] + 1
    return a

def neg_index(n):
    a = [10, 20, 30]
    c = 0
    try:
        for i in range(n):
            c += a[-(i % 4) - 1]
    except IndexError as e:
        print("neg", i, c, e)
    try:
        for i in range(n):
            a[-(i % 5) - 1] = i
    except IndexError as e:
        print("negset", i, a, e)

def str_index(n):
    s = "hello world"
    out = []
    for i in range(n):
        out.append(s[i % 11])
    return "".join(out[:22])

main(3000)
shrinking(3000)
print(growing(3000))
print(item_types(3000))
print(float_items(3000))
neg_index(3000)
print(str_index(3000))
