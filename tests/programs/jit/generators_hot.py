# Generators with hot loops inside their bodies, yield inside loops, send.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1

def chunked(n, size):
    buf = []
    for i in range(n):
        buf.append(i * i % 1000)
        if len(buf) == size:
            yield sum(buf)
            buf = []
    if buf:
        yield sum(buf)

def inner_hot(n):
    for k in range(3):
        s = 0
        for i in range(n):
            s += i * k
            if s > 2**62:
                s -= 2**62
        yield k, s

def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def overflow_gen(n):
    x = 2**63 - n // 2
    for i in range(n):
        x += 1
        if i % 400 == 0:
            yield x

print(sum(counter(3000)))
print(list(chunked(3000, 250)))
print(list(inner_hot(3000)))
g = accumulate()
next(g)
for i in range(3000):
    r = g.send(i)
print(r)
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
print(list(overflow_gen(3000)))

def consume(n):
    s = 0
    gen = counter(n)
    for v in gen:
        s += v
        if v == n // 2:
            break
    rest = 0
    for v in gen:
        rest += 1
    return s, rest

print(consume(3000))
