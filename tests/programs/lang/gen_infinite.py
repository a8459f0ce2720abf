from itertools import islice, count, takewhile

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(islice(naturals(), 5)))
print(list(islice(fib(), 15)))
print(list(islice(primes(), 12)))
print(list(islice(fib(), 10, 20, 3)))
print(list(takewhile(lambda x: x < 100, fib())))

for i, p in enumerate(primes()):
    if p > 30:
        print("first prime above 30:", p, "index", i)
        break

# Big fibonacci numbers
g = fib()
for _ in range(100):
    v = next(g)
print(v)

# Collatz sequence generator
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))

# Cycling generator with a stop condition via send
def cycler(items):
    i = 0
    while True:
        cmd = yield items[i % len(items)]
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = cycler("abc")
out = [next(c)]
for cmd in [None, None, None, "reset", None]:
    out.append(c.send(cmd))
print(out)

# Interleaving infinite generators
def interleave(*gens):
    while True:
        for g in gens:
            yield next(g)
print(list(islice(interleave(naturals(), fib(), primes()), 12)))

# Generator abandoned mid-way runs finally on close/garbage
def noisy():
    try:
        for i in count():
            yield i
    finally:
        print("  noisy finally")
g = noisy()
print(next(g), next(g))
g.close()
print("after close")
