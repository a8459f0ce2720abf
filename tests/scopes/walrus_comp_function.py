def f(data):
    if any((hit := x) > 3 for x in data):
        return hit
    total = [last := v for v in data]
    return last, total
def g(rows):
    return [[(y := c) for c in row] for row in rows], y
def h():
    return [(k := n * 2) for n in range(3)]
