# eval with a mapping as locals: each name lookup calls __getitem__
log = []
class M:
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        log.append(k)
        return self.d[k]
m = M({'a': 1, 'b': 2})
print(eval("a + b", {}, m))
print(log)
log.clear()
print(eval("a + len('xyz')", {}, m))
print(log)
log.clear()
print(eval("[a for _ in range(2)]", {}, m))
print(log)
log.clear()
print(eval("list(a + q for q in range(2))", {'a': 100}, m))
print(log)
log.clear()
try:
    eval("missing", {}, m)
except NameError as e:
    print(type(e).__name__, e)
print(log)
log.clear()
# a mapping that synthesises every name
class Everything:
    def __getitem__(self, k):
        log.append(k)
        return '<' + k + '>'
print(eval("foo + bar", {}, Everything()))
print(eval("len", {}, Everything()))
print(log)
log.clear()
# attribute names do not go through the mapping
print(eval("obj.real", {}, Everything()) if False else eval("s.upper()", {}, {'s': 'up'}))
# dict subclass with __getitem__ override
class Upper(dict):
    def __getitem__(self, k):
        log.append('Upper ' + k)
        return dict.__getitem__(self, k.lower())
u = Upper(val=5)
print(eval("VAL * 2", {}, u))
print(log)
log.clear()
# an exception in __getitem__ propagates
class Bad:
    def __getitem__(self, k):
        raise RuntimeError('bad ' + k)
try:
    eval("x", {}, Bad())
except RuntimeError as e:
    print(type(e).__name__, e)
