# exec/eval without dicts inside a function: a snapshot of locals (PEP 667)
def f():
    x = 1
    exec("x = 5")
    print("x after exec:", x)
    exec("y = 7")
    print("y visible in locals():", 'y' in locals())
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    exec("print('exec sees x =', x)")
    print(eval("x + 100"))
    exec("x += 1; print('inside exec x =', x)")
    print("outer x still", x)

f()

def g(a, b=2):
    c = a + b
    exec("print(sorted(locals().items()))")
    exec("c = 'changed'; print(c)")
    return c

print(g(1))

def h():
    ns = locals()
    q = 3
    exec("q = 4; r = 5", globals(), ns)
    print("q", q, "ns keys", sorted(ns), ns.get('q'), ns.get('r'))
    ns2 = locals()
    print(sorted(ns2))
    return ns is ns2

print(h())

def loop():
    total = 0
    for i in range(50):
        exec("total = total + i")
    print("loop total", total)
    acc = {'total': 0}
    for i in range(50):
        acc['i'] = i
        exec("total = total + i", globals(), acc)
    print("acc total", acc['total'])

loop()

def closure_case():
    z = 10
    def inner():
        return eval("z")
    try:
        print(inner())
    except NameError as e:
        print(type(e).__name__, e)
    def inner2():
        z
        return eval("z")
    print(inner2())

closure_case()
