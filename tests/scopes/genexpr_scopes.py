data = range(10)
total = sum(x for x in data)
def f(n):
    g = (i * n for i in range(n))
    return list(g)
class C:
    values = [1, 2]
    gen = (v for v in values)
    gen2 = (values for _ in range(1))
nested = list((a, b) for a in range(2) for b in (c for c in range(a)))
