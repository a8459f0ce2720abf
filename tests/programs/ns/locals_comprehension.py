# locals() inside inlined comprehensions (PEP 709)
def f():
    outer_var = 'o'
    r = [sorted(locals()) for i in range(1)]
    print(r)
    r2 = [locals()['i'] for i in range(3)]
    print(r2)
    r3 = [[sorted(locals()) for j in range(1)] for i in range(1)]
    print(r3)
    print(sorted(locals()))
    d = {k: sorted(locals()) for k in 'a'}
    print(d)
f()
# at module level, a comprehension's locals() is a dict with the iteration variable
before_comp = 1
mod = [sorted(k for k in locals() if not k.startswith('__')) for q in range(1)]
print(mod)
print([type(locals()).__name__ for q in range(1)])
print([locals() is globals() for q in range(1)])
# in a class body
class C:
    cv = 1
    r = [sorted(k for k in locals() if not k.startswith('__')) for z in range(1)]
print(C.r)
# genexpr is a real scope: its locals() are its own
def g():
    hidden = 1
    return list(sorted(locals()) for i in range(1))
print(g())
# lambda inside a comprehension
def h():
    fs = [lambda: sorted(locals()) for i in range(1)]
    return fs[0]()
print(h())
# iteration variable that is a cell (captured by a lambda) shows up in locals()
def cellvar():
    res = [(locals()['i'], lambda: i) for i in range(2)]
    return [(a, fn()) for a, fn in res]
print(cellvar())
# locals() in a comprehension in a function with an unbound same-named local
def shadow():
    before = sorted(locals())
    r = [sorted(locals()) for x in range(1)]
    x = 'now bound'
    return before, r, sorted(locals())
print(shadow())
