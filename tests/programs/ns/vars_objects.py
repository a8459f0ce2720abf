# vars() on modules, classes, instances and mapping-like namespaces
import sys
class P:
    cls_v = 1
    def __init__(self):
        self.inst_v = 2
p = P()
v = vars(p)
v['added'] = 3
print(p.added, sorted(v))
p.__dict__ = {'replaced': True}
print(vars(p))
# class vars are a read-only mapping proxy
try:
    vars(P)['new'] = 1
except TypeError as e:
    print(type(e).__name__, e)
print('cls_v' in vars(P), type(vars(P)).__name__)
# vars(module)
m = sys.modules[__name__]
print(vars(m) is globals())
print(vars(sys)['maxsize'] == sys.maxsize)
# a type with a custom __dict__ attribute that is not a dict
class Weird:
    __dict__ = 'not a dict'
print(vars(Weird()))
class Weird2:
    @property
    def __dict__(self):
        raise AttributeError('no dict here')
try:
    vars(Weird2())
except TypeError as e:
    print(type(e).__name__, e)
# vars() in nested scopes equals locals()
def outer():
    a = 1
    def inner():
        b = 2
        a
        return vars(), locals()
    return inner()
v1, l1 = outer()
print(v1 == l1, v1 is l1, sorted(v1))
# vars() inside a class inside a function
def factory():
    free = 'f'
    class K:
        own = free
        keys = sorted(k for k in vars() if not k.startswith('__'))
    return K.keys
print(factory())
# vars() with keyword argument is rejected
try:
    vars(object=p)
except TypeError as e:
    print(type(e).__name__, e)
