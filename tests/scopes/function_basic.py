g = 10
def f(p, q):
    r = p + q
    s = r * g
    print(s, undefined_name)
    return len([r, s])
def empty():
    pass
def only_refs():
    return g + h
