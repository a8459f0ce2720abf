# Cells and nonlocal counters modified inside hot loops.
def make_counter():
    count = 0
    def inc(k):
        nonlocal count
        count += k
        return count
    return inc

def nonlocal_loop(n):
    total = 0
    def bump(v):
        nonlocal total
        total += v
    for i in range(n):
        bump(i)
        if i % 700 == 0:
            print(i, total)
    return total

def cell_in_loop(n):
    x = 0
    def peek():
        return x
    seen = []
    for i in range(n):
        x = x + 1
        if i % 1000 == 0:
            seen.append(peek())
        if i == 1500:
            x = 2**63 - 10
    return seen, x, peek()

def closures_capture(n):
    fs = []
    for i in range(n):
        fs.append(lambda i=i: i * 2)
    late = []
    for i in range(5):
        late.append(lambda: i)
    return sum(f() for f in fs), [f() for f in late]

def outer_writes(n):
    acc = []
    v = 1
    def loop():
        nonlocal v
        for i in range(n):
            v = v * 3 % 1000003
            if i % 999 == 0:
                acc.append(v)
    loop()
    return acc, v

c = make_counter()
for i in range(3000):
    r = c(i)
print(r)
print(nonlocal_loop(3000))
print(cell_in_loop(3000))
print(closures_capture(3000))
print(outer_writes(3000))
