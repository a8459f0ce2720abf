log = []

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__")), kwargs))
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        log.append(("init", name))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        return super().__call__(*args, **kwargs)

class A(metaclass=Meta, flag=1):
    x = 1
    def m(self):
        return 2

print(log)
log.clear()
a = A()
print(log, a.m(), A.registered)
log.clear()

class B(A):
    y = 2
print(log, type(B).__name__)

# Metaclass methods are available on the class, not the instance
class Meta2(type):
    def describe(cls):
        return "class " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class C(metaclass=Meta2):
    pass
print(C.describe(), C.upper_name)
try:
    C().describe()
except AttributeError as e:
    print(type(e).__name__, e)

# Metaclass conflict
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)

# Derived metaclass wins
class M3(M1): pass
class W(metaclass=M3): pass
class V(X, W): pass
print(type(V).__name__)

# Metaclass operator overloading on classes
class MetaOps(type):
    def __len__(cls):
        return 42
    def __getitem__(cls, item):
        return (cls.__name__, item)
    def __repr__(cls):
        return "<class-repr %s>" % cls.__name__
class O(metaclass=MetaOps):
    pass
print(len(O), O[3], repr(O), O)

# A function as metaclass
def func_meta(name, bases, ns):
    ns["injected"] = name * 2
    return type(name, bases, ns)
class F(metaclass=func_meta):
    pass
print(F.injected, type(F).__name__)
