# generator expressions are real scopes: first iterable eager, the rest lazy
log = []
def src(tag, n):
    log.append(tag)
    return range(n)
g = ((a, b) for a in src('outer', 2) for b in src('inner', 2))
print(log)
print(list(g))
print(log)
# the first iterable is evaluated in the enclosing scope
class C:
    items = [1, 2]
    g = list(x for x in items)
print(C.g)
# names in the rest of a genexpr are looked up when it runs
def f():
    k = 1
    g = (x * k for x in range(3))
    k = 10
    return list(g)
print(f())
# a genexpr at module level reads globals lazily
factor = 1
gm = (x * factor for x in range(3))
factor = 100
print(list(gm))
# a genexpr's iteration variable is local to the genexpr
x = 'module x'
print(list(x for x in range(2)), x)
# genexpr frames are separate: locals() inside shows only its names
def h():
    outer_local = 1
    return next(sorted(locals()) for _ in range(1))
print(h())
# the first iterable error is raised immediately, not when iterated
try:
    g_bad = (v for v in undefined_iterable_name)
except NameError as e:
    print(type(e).__name__, e)
g_late = (v for v in range(1) if undefined_later_name)
try:
    next(g_late)
except NameError as e:
    print(type(e).__name__, e)
# a genexpr consumed inside a hot loop
total = 0
for i in range(2000):
    total += sum(j for j in range(3))
print(total)
