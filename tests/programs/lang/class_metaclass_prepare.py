class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], kwargs)
        return RecordingDict()
    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

class A(metaclass=Meta, option="x"):
    b = 1
    a = 2
    def z(self):
        pass
    b = 3

print(A.order, A.b)

# __prepare__ providing predefined names
class Injecting(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"helper": lambda v: v * 10}
    def __new__(mcls, name, bases, ns):
        ns.pop("helper")
        return super().__new__(mcls, name, bases, ns)

class B(metaclass=Injecting):
    value = helper(4)

print(B.value, hasattr(B, "helper"))

# Duplicate-detecting namespace
class NoDupDict(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError("duplicate attribute %r" % key)
        super().__setitem__(key, value)

class NoDup(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupDict()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))

try:
    class C(metaclass=NoDup):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)

class D(metaclass=NoDup):
    x = 1
    y = 2
print(D.x, D.y)

# __init_subclass__ kwargs and metaclass kwargs
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.subs.append((cls.__name__, tag))

class S1(Base, tag="one"):
    pass
class S2(Base):
    pass
print(Base.subs)
try:
    class S3(Base, bogus=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
