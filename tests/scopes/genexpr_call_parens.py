def f(items):
    return sum(
        x * 2
        for x in items)


def g(items):
    return list(
        (x, x + 1)
        for x in items)


def h(items):
    return sorted((x for x in items), key=lambda v: -v)


print(f([1, 2]), g([1]), h([1, 2]))
print(f.__code__.co_consts)
