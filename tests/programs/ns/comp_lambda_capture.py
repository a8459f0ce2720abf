# lambdas in comprehensions capture iteration variables (cells)
def f():
    fs = [lambda: i for i in range(3)]
    return [fn() for fn in fs]
print(f())
def g():
    fs = [lambda i=i: i for i in range(3)]
    return [fn() for fn in fs]
print(g())
# the captured iteration variable and an outer local of the same name
def h():
    i = 'outer i'
    fs = [lambda: i for i in range(3)]
    return [fn() for fn in fs], i
print(h())
# the outer local is a cell too (captured by another lambda)
def k():
    i = 'outer i'
    get_outer = lambda: i
    fs = [lambda: i for i in range(2)]
    return [fn() for fn in fs], get_outer(), i
print(k())
# nested comprehensions with lambdas
def m():
    fs = [[lambda: (a, b) for b in range(2)] for a in range(2)]
    return [[fn() for fn in row] for row in fs]
print(m())
# lambdas capturing outer function variables from inside a comprehension
def n():
    base = 10
    fs = [lambda: base + i for i in range(3)]
    base = 100
    return [fn() for fn in fs]
print(n())
# at module level
mfs = [lambda: j for j in range(3)]
print([fn() for fn in mfs])
try:
    j
except NameError as e:
    print(type(e).__name__, e)
# generator expressions capture too
def p():
    gen = (lambda: q for q in range(3))
    return [fn() for fn in list(gen)]
print(p())
# closures in a comprehension in a class body
class C:
    fs = [lambda: r for r in range(2)]
print([fn() for fn in C.fs])
