top = 1
print(locals() is globals(), __name__)
print([k for k in globals() if not k.startswith("__")])
def f(a, b=2):
    c = a + b
    d = [c]
    return locals()
print(f(1))
def g():
    print(locals())
    x = 1
    print(locals())
    y = 2
    del x
    print(locals())
g()
def h():
    v = 1
    snap = locals()
    v = 2
    snap["w"] = 3  # writing to the snapshot does not create a local
    return snap, v
print(h())
def with_cell():
    a = 1
    def inner():
        return a
    b = 2
    return locals()
r = with_cell()
print(sorted(r), r["a"], r["b"])
# CPython orders plain locals first, then cell variables that are not parameters
print(list(r))
def cell_param(p, q):
    z = 1
    def i():
        return q + z
    w = 2
    return list(locals())
print(cell_param(1, 2))
def reads_globals():
    return globals()["top"], "f" in globals(), "c" in globals()
print(reads_globals())
globals()["injected"] = 99
print(injected)
def order(z, y, *args, x=0, **kw):
    w = 1
    return list(locals())
print(order(1, 2))
