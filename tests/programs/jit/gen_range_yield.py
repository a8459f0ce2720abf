# Range loops with yield inside: the range position survives suspension,
# partial consumption, close() and throw().
def squares(n):
    for i in range(n):
        yield i * i

def evens(n):
    for i in range(0, n, 2):
        if i % 1000 == 0:
            yield i
        if i == n // 2:
            yield -i

def with_finally(n, log):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("closed")

def catcher(n):
    got = []
    for i in range(n):
        try:
            yield i
        except KeyError as e:
            got.append((i, e.args[0]))
    yield got

g = squares(10**6)
s = 0
for v in g:
    s += v
    if v > 9_000_000:
        break
print(s, next(g), next(g))
print(list(evens(6001)))
log = []
g = with_finally(5000, log)
t = 0
for v in g:
    t += v
    if v == 2500:
        g.close()
print(t, log)
c = catcher(3000)
first = next(c)
for k in range(2000):
    c.throw(KeyError(k))
rest = list(c)
print(first, len(rest), rest[-1][:3], rest[-1][-2:] if isinstance(rest[-1], list) else None)
