# __prepare__ returning non-dict mappings
log = []
class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        log.append(('get', k))
        return self.d[k]
    def __setitem__(self, k, v):
        log.append(('set', k))
        self.d[k] = v
    def __delitem__(self, k):
        log.append(('del', k))
        del self.d[k]
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)
class A(metaclass=Meta):
    x = 1
    y = x + len('ab')
    del x
print(log)
print(A.y, hasattr(A, 'x'))
log.clear()
# a __missing__-style namespace that auto-creates values
class Auto(dict):
    def __missing__(self, k):
        if k.startswith('auto_'):
            log.append(('missing', k))
            return k.upper()
        raise KeyError(k)
class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Auto()
class B(metaclass=AutoMeta):
    v = auto_value
    w = len('abc')
print(B.v, B.w, log)
log.clear()
# __prepare__ returning something that is not a mapping
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class Bad(metaclass=BadMeta):
        pass
except TypeError as e:
    print(type(e).__name__, e)
# __prepare__ receives the keyword arguments of the class statement
class KwMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'from_prepare': sorted(kw.items()), 'bases': [b.__name__ for b in bases]}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class K(object, metaclass=KwMeta, alpha=1, beta='b'):
    seen = from_prepare
print(K.seen, K.bases)
# a namespace that refuses some stores
class Strict(dict):
    def __setitem__(self, k, v):
        if k == 'forbidden':
            raise AttributeError('cannot define ' + k)
        dict.__setitem__(self, k, v)
class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Strict()
try:
    class S(metaclass=StrictMeta):
        ok = 1
        forbidden = 2
except AttributeError as e:
    print(type(e).__name__, e)
