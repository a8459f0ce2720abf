# annotations in exec'd code and at module level
g, l = {}, {}
exec("x: int = 1\ny: str\n", g, l)
print(sorted(l), sorted(k for k in g if k != '__builtins__'))
print(sorted(l['__annotations__']), l['__annotations__']['x'].__name__)
# annotations with a logging mapping
log = []
class M(dict):
    def __setitem__(self, k, v):
        log.append('set ' + k)
        dict.__setitem__(self, k, v)
    def __getitem__(self, k):
        log.append('get ' + k)
        return dict.__getitem__(self, k)
m = M()
exec("a: int = 5\nb: float\n", {}, m)
print(log)
# annotations of names in a function are not evaluated into any namespace
def f():
    local_ann: undefined_name_is_fine = 1
    return locals()
print(f())
# the annotation expression of a module-level name is evaluated
try:
    exec("z: undefined_in_annotation = 1", {}, {})
except NameError as e:
    print(type(e).__name__, e)
# annotations on attributes and subscripts are evaluated but not stored
ns = {'obj': type('O', (), {})(), 'lst': [0]}
exec("obj.attr: int = 3\nlst[0]: int = 4\n", ns)
print(ns['obj'].attr, ns['lst'], '__annotations__' in ns)
# a class body's annotations go to its namespace
class C:
    p: int
    q: str = 'q'
print(sorted(C.__annotations__), 'p' in C.__dict__, C.q)
