# dict subclasses as globals: which operations call the overridden methods
log = []
class G(dict):
    def __getitem__(self, k):
        log.append('get ' + k)
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        log.append('set ' + k)
        dict.__setitem__(self, k, v)
    def __delitem__(self, k):
        log.append('del ' + k)
        dict.__delitem__(self, k)
def run(label, src, g, l=None):
    log.clear()
    try:
        if l is None:
            exec(src, g)
        else:
            exec(src, g, l)
    except Exception as e:
        log.append('raised ' + type(e).__name__ + ': ' + str(e))
    print(label, [e for e in log if 'builtins' not in e])
g = G(a=1)
run('top-level load/store', "b = a", g)
run('top-level with separate locals', "c = a", g, {})
run('global stmt', "global d\nd = a", g, {})
run('function', "def f():\n    global e\n    e = a\n    return a\nf()", g)
run('del global', "def h():\n    global e\n    del e\nh()", g)
run('del top', "del b", g)
print(sorted(k for k in g if k != '__builtins__'))
