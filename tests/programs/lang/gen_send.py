def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count

a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))

# send(None) is equivalent to next
def g1():
    x = yield "first"
    print("  x =", x)
    y = yield "second"
    print("  y =", y)
g = g1()
print(g.send(None))
print(g.send("hello"))
try:
    g.send("world")
except StopIteration as e:
    print("StopIteration", repr(e.value))

# Sending a non-None value to a just-started generator
g = g1()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)

# Sending to an exhausted generator
try:
    g.send(None)
    g.send(1)
    g.send(2)
except StopIteration:
    print("exhausted")
try:
    g.send(3)
except StopIteration:
    print("still exhausted")

# Coroutine-style state machine
def parser():
    result = []
    while True:
        token = yield
        if token == "end":
            break
        if token.isdigit():
            result.append(int(token))
        else:
            result.append(token.upper())
    yield result

p = parser()
next(p)
for tok in ["1", "a", "22", "b"]:
    p.send(tok)
print(p.send("end"))

# Yield expression precedence
def prec():
    x = yield 1 + 2
    y = (yield) or "default"
    z = [(yield 10), (yield 11)]
    yield (x, y, z)
g = prec()
print(next(g))
print(g.send("X"))
print(g.send(None))
print(g.send("c1"))
print(g.send("c2"))

# Generator used with send in a loop
def doubler():
    v = 0
    while True:
        v = yield v * 2
d = doubler()
next(d)
print([d.send(i) for i in range(5)])
