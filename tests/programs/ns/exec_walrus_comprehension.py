# walrus targets inside top-level comprehensions of exec'd code are bound with global semantics
def f():
    exec("[made_global := i for i in range(3)]")
    return made_global
print(f())
print(made_global)
def g():
    ns_g, ns_l = {}, {}
    exec("r = [w := i * 2 for i in range(3)]", ns_g, ns_l)
    return sorted(ns_l), sorted(k for k in ns_g if k != '__builtins__'), ns_g.get('w')
print(g())
# eval in the same way
def h():
    ns_g, ns_l = {}, {}
    r = eval("[ev := c for c in 'xy']", ns_g, ns_l)
    return r, ns_l, ns_g.get('ev')
print(h())
# a plain walrus (not in a comprehension) binds in locals
def k():
    ns_g, ns_l = {}, {}
    exec("(plain := 1)", ns_g, ns_l)
    return ns_l, 'plain' in ns_g
print(k())
# inside a function defined by exec the walrus binds in that function
ns = {}
exec("def fn():\n    [inner_w := i for i in range(2)]\n    return inner_w\n", ns)
print(ns['fn'](), 'inner_w' in ns)
# a logging locals mapping sees no store for the comprehension walrus
log = []
class M(dict):
    def __setitem__(self, key, value):
        log.append(key)
        dict.__setitem__(self, key, value)
gl = {}
exec("res = [lw := n for n in range(2)]", gl, M())
print(log, gl.get('lw'))
