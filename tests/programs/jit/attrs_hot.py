# Class and instance attribute updates in hot loops.
class Counter:
    total = 0
    def __init__(self):
        self.n = 0
        self.f = 0.0

    def step(self, k):
        self.n += k
        self.f += k / 2
        Counter.total += 1

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 0
        self.b = 0

def main(n):
    c = Counter()
    for i in range(n):
        c.step(i)
        if i % 750 == 0:
            print(i, c.n, c.f, Counter.total)
    s = Slots()
    for i in range(n):
        s.a += i
        s.b = s.a - s.b
    o = Counter()
    for i in range(n):
        o.n = o.n + 2**61
        if i == 2000:
            o.n = "str"
            break
    return c.n, Counter.total, s.a, s.b, o.n

def class_attr_changes(n):
    class K:
        rate = 2
    k = K()
    s = 0
    for i in range(n):
        s += k.rate
        if i == 1000:
            K.rate = 5
        if i == 2000:
            k.rate = 0.5
    return s

def missing_attr(n):
    c = Counter()
    try:
        for i in range(n):
            c.n += 1
            if i == 2222:
                del c.n
    except AttributeError as e:
        print("attr:", i, e)

print(main(3000))
print(class_attr_changes(3000))
missing_attr(3000)
