# a __prepare__ mapping in a class defined inside a function: free names consult the mapping first
log = []
class NS(dict):
    def __getitem__(self, k):
        log.append('get ' + k)
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        log.append('set ' + k)
        dict.__setitem__(self, k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NS()
def f():
    free_a = 'cell a'
    free_b = 'cell b'
    class C(metaclass=Meta):
        x = free_a
        free_b_local = free_b
        def m(self):
            return free_a
    return C
C = f()
for entry in log:
    print(entry)
print(C.x, C.free_b_local, C().m())
log.clear()
# the namespace supplies a value for a free name
class Preset(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        ns = NS()
        dict.__setitem__(ns, 'free_c', 'from namespace')
        return ns
def g():
    free_c = 'from cell'
    class D(metaclass=Preset):
        seen = free_c
    return D.seen
print(g())
print([e for e in log if 'free_c' in e])
log.clear()
# a plain (non-free) name: namespace, then globals, then builtins; every probe logged
glob_name = 'global'
class E(metaclass=Meta):
    a = glob_name
    b = len
print([e for e in log if e.startswith('get')])
