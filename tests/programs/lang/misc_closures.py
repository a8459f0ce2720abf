def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

# Cells are shared between closures created in the same call
def pair():
    x = []
    def add(v):
        x.append(v)
    def show():
        return list(x)
    return add, show
add, show = pair()
add(1); add(2)
print(show())

# Late binding in loops
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
def make(i):
    return lambda: i
print([make(i)() for i in range(3)])

# __closure__ and cell contents
def outer():
    a = 1
    b = "two"
    def inner():
        return a, b
    return inner
fn = outer()
print(len(fn.__closure__), [c.cell_contents for c in fn.__closure__], fn.__code__.co_freevars)
print(outer.__code__.co_cellvars, make_counter.__code__.co_cellvars)
print((lambda: 0).__closure__)

# Closures over loop variable inside function see final value
def build():
    out = []
    for k in "abc":
        def g():
            return k
        out.append(g)
    return [h() for h in out]
print(build())

# Nested three levels with nonlocal at each
def l1():
    v = "l1"
    def l2():
        nonlocal v
        v += ">l2"
        def l3():
            nonlocal v
            v += ">l3"
            return v
        return l3()
    r = l2()
    return r, v
print(l1())

# Accumulator generator with closure state
def averager():
    total = 0
    n = 0
    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add
avg = averager()
print([avg(v) for v in (10, 20, 30, 40)])

# Closure referencing a variable assigned after the inner def
def later():
    def g():
        return value
    value = "assigned later"
    return g()
print(later())

# Free variable deleted before use
def deleted():
    value = 1
    def g():
        return value
    del value
    try:
        return g()
    except NameError as e:
        return type(e).__name__
print(deleted())

# Function factories with default mutable shared state
def memo_factory():
    cache = {}
    def f(n):
        if n not in cache:
            cache[n] = n * n
        return cache[n], len(cache)
    return f
m = memo_factory()
print(m(3), m(3), m(4))
