def f(data, k):
    scaled = [x * k for x in data]
    filtered = [x for x in scaled if x > limit]
    return scaled, filtered
def g(rows):
    return [[c for c in row] for row in rows]
def h():
    n = 3
    return [lambda: n for _ in range(n)]
