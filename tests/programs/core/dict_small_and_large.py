# Dicts of up to 8 entries are searched without a hash index; larger ones
# build it. Every operation must behave the same on both sides of the line
# and while crossing it.


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k) % 3  # many collisions

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __repr__(self):
        return "Key(%r)" % self.k


for n in (0, 1, 7, 8, 9, 10, 20):
    d = {}
    for i in range(n):
        d[i] = i * i
        d["s%d" % i] = i
        d[(i, "t")] = -i
        d[Key(i)] = str(i)
    ok = all(d[i] == i * i and d["s%d" % i] == i and d[(i, "t")] == -i and d[Key(i)] == str(i)
             for i in range(n))
    print(n, len(d), ok, (n in d), ("s%d" % n) in d, Key(n) in d, list(d)[:5])
    for i in range(0, n, 2):
        del d[i]
        del d[Key(i)]
    print(len(d), [k for k in d if isinstance(k, int)], sorted(str(k) for k in d if isinstance(k, Key))[:4])
    for i in range(0, n, 2):
        d[Key(i)] = "again"
    print(len(d), d.get(Key(0)), d.get(0), d.pop("s1", None), len(d))
    while len(d) > 3:
        d.popitem()
    print(d, d.copy() == d, dict(d) == d)
    d.clear()
    d[1.0] = "float"
    print(d[1], d[True], len(d), {**d, 1: "int"})

# Hash collisions between equal values of different types.
d = {1: "a", 1.0: "b", True: "c"}
print(d, len(d))
e = {i: i for i in range(12)}
for i in range(12):
    if i % 3:
        del e[i]
print(e, list(e.items()), e == {0: 0, 3: 3, 6: 6, 9: 9})
# Instance dicts grow past the line.
class Many:
    pass


m = Many()
for i in range(12):
    setattr(m, "a%d" % i, i)
print(sorted(vars(m).items())[:3], m.a11, hasattr(m, "a12"))
for i in range(0, 12, 2):
    delattr(m, "a%d" % i)
print(sorted(vars(m)), getattr(m, "a3"))
