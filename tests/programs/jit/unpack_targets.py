# Unpacking targets in for loops and assignments inside hot loops.
def main(n):
    pairs = [(i, -i) for i in range(n)]
    s = 0
    for a, b in pairs:
        s += a * 2 + b
    triples = [(i, (i + 1, i + 2)) for i in range(n)]
    t = 0
    for a, (b, c) in triples:
        t += a + b * c % 11
    star = 0
    for first, *rest in [[i, i + 1, i + 2, i + 3] for i in range(n)]:
        star += first + len(rest) + rest[-1]
    x, y = 0, 1
    for _ in range(90):
        x, y = y, x + y
    return s, t, star, a, b, c, first, rest, x

def bad_unpack(n):
    items = [(i, i) for i in range(n)] + [(1, 2, 3)]
    c = 0
    try:
        for a, b in items:
            c += a - b + 1
    except ValueError as e:
        print("unpack:", c, e)
    items = [(i, i) for i in range(n)] + [(1,)]
    try:
        for a, b in items:
            c += 1
    except ValueError as e:
        print("unpack:", c, e)
    try:
        for a, b in [(1, 2)] * n + [5]:
            c += 1
    except TypeError as e:
        print("unpack:", c, e)

print(main(3000))
bad_unpack(3000)
