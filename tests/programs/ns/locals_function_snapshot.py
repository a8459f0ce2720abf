# in a function each call of locals() returns a new snapshot dict
def f(a, b=2):
    c = a + b
    l1 = locals()
    l2 = locals()
    print(l1 is l2, l1 == l2)
    print(l1)
    print(sorted(l2))
    l1['c'] = 'changed'
    l1['new'] = 1
    print(c, 'new' in locals())
    c = 'rebound'
    print(l1['c'], locals()['c'])
    return type(l1).__name__

print(f(1))
# unbound locals are absent; the order is co_varnames order
def order():
    if False:
        never = 1
    z = 1
    y = 2
    x = 3
    print(list(locals()), order.__code__.co_varnames)
    del y
    print(list(locals()))
order()
# arguments of every kind
def args(p, /, q, *va, k, **kw):
    return locals()
print(args(1, 2, 3, 4, k=5, extra=6))
# locals() inside a loop returns fresh dicts each iteration
def loop():
    seen = []
    for i in range(5000):
        d = locals()
        if i % 1000 == 0:
            seen.append(d['i'])
        if i == 4999:
            last = d
    print(seen, last['i'], 'd' in last, len(last['seen']))
loop()
# locals() in a lambda and in a nested function
print((lambda u, v=3: locals())(1))
def outer():
    o = 'outer'
    def inner():
        return locals()
    return inner()
print(outer())
