# closures capture variables, not values
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 100
print([f() for f in funcs])  # module-level loop var is a global
def build():
    fs = []
    for j in range(4):
        fs.append(lambda: j)
    return fs
print([f() for f in build()])
def build_fixed():
    fs = []
    for j in range(4):
        fs.append(lambda j=j: j)
    return fs
print([f() for f in build_fixed()])
comp = [lambda: k for k in range(3)]
print([f() for f in comp])
comp2 = [(lambda k: lambda: k)(k) for k in range(3)]
print([f() for f in comp2])
def later():
    x = 1
    def show():
        return x
    x = 2
    r1 = show()
    x = 3
    return r1, show()
print(later())
def factory():
    fs = {}
    for name in ["a", "b"]:
        def f():
            return name
        fs[name] = f
    return fs
fs = factory()
print(fs["a"](), fs["b"]())
def while_closures():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n * 10)
        n += 1
    return [f() for f in out]
print(while_closures())
