# locals as an arbitrary mapping class: every name operation goes through it
log = []

class LogMap:
    def __init__(self, **kw):
        self.d = dict(kw)
    def __getitem__(self, k):
        log.append('get ' + k)
        return self.d[k]
    def __setitem__(self, k, v):
        log.append('set ' + k)
        self.d[k] = v
    def __delitem__(self, k):
        log.append('del ' + k)
        del self.d[k]
    def keys(self):
        log.append('keys')
        return self.d.keys()

def run(src, m):
    log.clear()
    try:
        exec(src, {}, m)
    except Exception as e:
        log.append('raised ' + type(e).__name__ + ': ' + str(e))
    for entry in log:
        print('  ' + entry)

m = LogMap(a=1)
print('assign'); run("b = a + 1", m)
print('augassign'); run("b += 10", m)
print('del'); run("del a", m)
print('del missing'); run("del a", m)
print('builtin'); run("c = len('xy')", m)
print('missing'); run("c = zzz", m)
print('for'); run("for i in range(2): j = i", m)
print('import'); run("import sys", m)
print('def'); run("def f(): pass", m)
print('class'); run("class K: pass", m)
print('with walrus'); run("(w := 5)", m)
print('comprehension'); run("r = [b for _ in range(2)]", m)
print('locals()'); run("lo = locals()", m)
print(type(m.d['lo']).__name__, m.d['lo'] is m)
print('state', sorted(k for k in m.d if k not in ('sys', 'f', 'K', 'lo')))
# eval with the mapping
log.clear()
print(eval("b * 2 + j", {}, m), log)
# a mapping whose __getitem__ raises something else than KeyError
class Boom:
    def __getitem__(self, k):
        raise ValueError('boom ' + k)
    def __setitem__(self, k, v):
        pass
try:
    exec("x = 1\nprint(x)", {}, Boom())
except ValueError as e:
    print(type(e).__name__, e)
# a mapping whose __setitem__ rejects some names
class ReadOnly(dict):
    def __setitem__(self, k, v):
        raise TypeError('read only: ' + k)
try:
    exec("ok = 1", {}, ReadOnly())
except TypeError as e:
    print(type(e).__name__, e)
