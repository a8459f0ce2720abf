base = 1
f = lambda x, y=base, *a, z=base + 1, **k: (x, y, a, z, k)
def outer():
    local = 2
    g = lambda v=local: v + local
    h = lambda: (lambda w=local: w)
    return g, h
