a = 1
b = "two"
print(locals() is globals())
print([k for k in globals() if not k.startswith("__")])
print(globals()["a"], globals()["b"], __name__, globals()["__name__"])
def f(p, q=2):
    r = p + q
    return locals()
print(f(1), f(1, 5))
def g():
    return locals()
print(g())
def h():
    x = 1
    before = locals()
    y = 2
    after = locals()
    return before, after, before is after
print(h())
def modify_globals():
    globals()["created_by_globals"] = "yes"
modify_globals()
print(created_by_globals)
def locals_no_writeback():
    x = 1
    locals()["x"] = 99
    return x
print(locals_no_writeback())
globals()["a"] = 100
print(a)
def counts():
    one = 1
    two = 2
    return len(locals()), sorted(locals())
print(counts())
print(sorted([k for k in f(0)]))
