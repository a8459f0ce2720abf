# for loops over user iterators, map/filter, iter(callable, sentinel), and
# containers mutated while iterated.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        if self.n % 1000 == 0:
            return float(self.n)
        return self.n

class Faulty:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == self.n:
            raise ValueError("faulty at %d" % self.i)
        return self.i

def main(n):
    s = 0
    for v in Countdown(n):
        s += v
    t = 0
    for v in map(lambda x: x * 3, filter(lambda x: x % 2, range(n))):
        t += v
    k = [0]
    def tick():
        k[0] += 1
        return k[0]
    u = 0
    for v in iter(tick, n):
        u += v
    try:
        w = 0
        for v in Faulty(n):
            w += v
    except ValueError as e:
        print("faulty:", e, w)
    return s, t, u

def dict_mutation(n):
    d = {i: i for i in range(n)}
    c = 0
    try:
        for k in d:
            c += 1
            if c == n // 2:
                d[n + 1] = 0
    except RuntimeError as e:
        print("dict:", c, e)

def list_mutation(n):
    a = list(range(10))
    c = 0
    for x in a:
        c += 1
        if len(a) < n:
            a.append(x + 10)
    b = list(range(n))
    d = 0
    for x in b:
        d += 1
        if x % 2 == 0 and b:
            b.pop()
    return c, len(a), d, len(b)

print(main(3000))
dict_mutation(3000)
print(list_mutation(3000))

def uncaught(n):
    total = 0
    for v in Faulty(n):
        total += v
    return total

print(uncaught(2500))
