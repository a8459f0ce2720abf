# for-loop targets that are not plain locals: cells read by closures,
# nonlocal and global names, attributes and subscripts.
class Obj:
    pass

def cell_target(n):
    fs = []
    s = 0
    for i in range(n):
        g = lambda: i * 2
        s += g()
        if i % 1000 == 0:
            fs.append(g)
    return s, [h() for h in fs], i

def nonlocal_target(n):
    total = 0
    def add():
        nonlocal total
        total += 1
    for total in range(n):
        add()
    return total

def read_g():
    return G

def global_target(n):
    global G
    s = 0
    for G in range(n):
        s += read_g()
    return s, G

def attr_target(n):
    o = Obj()
    s = 0
    for o.x in range(n):
        s += o.x
    return s, o.x

def subscript_target(n):
    a = [0, 0]
    d = {}
    s = 0
    for a[1] in range(n):
        s += a[1] - a[0]
    for d["k"] in range(0, n, 7):
        s += d["k"]
    return s, a, d

def star_target(n):
    s = 0
    for a, *b in ((i, i + 1, i + 2) for i in range(n)):
        s += a + sum(b)
    return s, a, b

print(cell_target(3000))
print(nonlocal_target(3000))
print(global_target(3000))
print(attr_target(3000))
print(subscript_target(3000))
print(star_target(3000))
