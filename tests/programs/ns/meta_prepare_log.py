# a metaclass's __prepare__ mapping receives every store/load of the class body
log = []
class LogNS(dict):
    def __getitem__(self, k):
        log.append('get ' + k)
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        log.append('set ' + k)
        dict.__setitem__(self, k, v)
    def __delitem__(self, k):
        log.append('del ' + k)
        dict.__delitem__(self, k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append('prepare ' + name)
        return LogNS()
    def __new__(mcls, name, bases, ns, **kw):
        log.append('new ' + name + ' ' + type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta):
    "doc"
    a = 1
    b = a + 1
    a += 10
    del b
    c = len('x')
    def m(self):
        return a
    for i in range(2):
        pass
    try:
        missing
    except NameError:
        pass
for entry in log:
    print(entry)
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
log.clear()
# class body comprehension with the logging namespace
class D(metaclass=Meta):
    base = [1, 2]
    r = [x * 2 for x in base]
    names = [n for n in ('q',)]
for entry in log:
    print(entry)
log.clear()
# a class using super(): __classcell__ is stored in the namespace
class E(metaclass=Meta):
    def m(self):
        return super().m
for entry in log:
    print(entry)
