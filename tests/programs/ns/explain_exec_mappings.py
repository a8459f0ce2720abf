# exec with custom namespaces: a dict subclass as globals, a user mapping
# as locals (every name operation calls its methods), and a plain dict.
class Recording(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key)

class Mapping:
    def __init__(self):
        self.d = {'a': 1}
    def __getitem__(self, key):
        return self.d[key]
    def __setitem__(self, key, value):
        self.d[key] = value
    def __delitem__(self, key):
        del self.d[key]

m = Mapping()
exec("b = a + 1\nc = len([b])\ndel a", {}, m)
print(sorted(m.d.items()))

g = Recording(x=5)
exec("y = x * 2\ndef f():\n    return y + x\nz = f()", g)
print(g['y'], g['z'])

ns = {'v': 1}
exec("for i in range(3):\n    v = v + i", ns)
print(ns['v'])
