# expressions evaluated in the class scope: defaults, decorators, base classes, keywords
v = 'global v'
def deco(tag):
    def wrap(fn):
        fn.tag = tag
        return fn
    return wrap
class A:
    v = 'class v'
    def m(self, arg=v):
        return arg
    @deco(v)
    def d(self):
        return v
    lam = lambda self, a=v: (a, v)
    kw = dict(key=v)
print(A().m(), A.d.tag, A().d(), A().lam(), A.kw)
# nested class bases and keywords are looked up in the class scope
class Base:
    pass
class Outer:
    Base = Base
    class Inner(Base):
        pass
    class Inner2(object, metaclass=type):
        pass
print(Outer.Inner.__bases__[0].__name__, Outer.Inner2.__bases__[0].__name__)
# annotations in a class body create __annotations__ in the namespace
class Ann:
    x: int = 1
    y: str
    names = sorted(k for k in locals() if not k.startswith('__'))
    has_ann = '__annotations__' in locals()
print(Ann.names, Ann.has_ann, sorted(Ann.__annotations__))
print('y' in Ann.__dict__)
# decorator applied to a class uses the enclosing scope
def class_deco(cls):
    cls.decorated = True
    return cls
@class_deco
class Decorated:
    pass
print(Decorated.decorated)
# keyword arguments to the class statement go to __init_subclass__
class Parent:
    def __init_subclass__(cls, flavor=None, **kw):
        cls.flavor = flavor
flavor_value = 'vanilla'
class Child(Parent, flavor=flavor_value):
    pass
print(Child.flavor)
# the class name is bound only after the body finished
try:
    class SelfRef:
        me = SelfRef
except NameError as e:
    print(type(e).__name__, e)
class SelfRef2:
    def get(self):
        return SelfRef2
print(SelfRef2().get().__name__)
