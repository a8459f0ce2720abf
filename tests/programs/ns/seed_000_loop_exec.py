# seed 000: the same loop run through exec() with a dedicated locals dict
def test_dynamic():
    x = 0
    local_vars = {'x': x}
    exec("""
for _ in range(100000):
    x += 1
""", globals(), local_vars)
    return local_vars['x'], x, sorted(local_vars)
print("Dynamic (exec):", test_dynamic())
# the exec'd loop uses name operations on the dict: a mapping that counts them shows it
class Counting(dict):
    gets = 0
    sets = 0
    def __getitem__(self, k):
        Counting.gets += 1
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        Counting.sets += 1
        dict.__setitem__(self, k, v)
def test_counting():
    ns = Counting(x=0)
    exec("""
for _ in range(1000):
    x += 1
""", globals(), ns)
    return ns['x'], Counting.gets, Counting.sets
print(test_counting())
# a globals-only exec: the loop variables land in the globals dict
def test_globals_only():
    g = {'x': 0}
    exec("for _ in range(100000):\n    x += 1\n", g)
    return g['x'], g['_']
print(test_globals_only())
# compiled once, run in several fresh dicts
code = compile("for _ in range(100000):\n    x += 1\n", "<loop>", "exec")
results = []
for start in (0, 5, -100000):
    d = {'x': start}
    exec(code, d)
    results.append(d['x'])
print(results)
