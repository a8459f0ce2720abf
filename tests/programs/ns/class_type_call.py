# type(name, bases, ns) and class statements produce the same namespace handling
ns = {'attr': 1, 'method': lambda self: 'm'}
T = type('T', (), ns)
print(T.attr, T().method(), T.__module__, T.__qualname__)
ns['attr'] = 2
print(T.attr)
print(T.__dict__ is ns, sorted(k for k in T.__dict__ if not k.startswith('__')))
# __module__ for type() comes from the calling frame's globals
g = {'__name__': 'made_in_exec'}
exec("T2 = type('T2', (), {})", g)
print(g['T2'].__module__)
# __qualname__ in the namespace
T3 = type('T3', (), {'__qualname__': 'Outer.T3'})
print(T3.__qualname__, T3.__name__)
# __classcell__ must be a cell
try:
    type('T4', (), {'__classcell__': 1})
except TypeError as e:
    print(type(e).__name__, e)
# the namespace of a class statement is copied: a mapping from __prepare__ is not kept
class Keep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'preset': 'p'}
class K(metaclass=Keep):
    pass
print(K.preset, type(K.__dict__).__name__)
# __slots__ names in the class body namespace
class S:
    __slots__ = ('a', 'b')
    names = __slots__
print(S.names, sorted(k for k in vars(S) if k in ('a', 'b')))
# __init_subclass__ sees the finished namespace
class Base:
    def __init_subclass__(cls):
        cls.seen = sorted(k for k in vars(cls) if not k.startswith('__'))
class Sub(Base):
    z = 1
    def m(self):
        pass
print(Sub.seen)
# __set_name__ is called for namespace entries
class Desc:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + '.' + name
class Owner:
    d1 = Desc()
    d2 = Desc()
print(Owner.d1.name, Owner.d2.name)
