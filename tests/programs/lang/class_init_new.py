log = []

class A:
    def __new__(cls, *args, **kwargs):
        log.append(("new", cls.__name__, args, kwargs))
        inst = super().__new__(cls)
        return inst
    def __init__(self, a, b=2):
        log.append(("init", a, b))
        self.a = a
        self.b = b

x = A(1, b=3)
print(x.a, x.b)
print(log)
log.clear()

# __new__ returning an instance of another class skips __init__
class Other:
    pass

class B:
    def __new__(cls):
        log.append("B.new")
        return Other()
    def __init__(self):
        log.append("B.init")

b = B()
print(type(b).__name__, log)
log.clear()

# __new__ returning a subclass instance still calls __init__
class C:
    def __new__(cls, v):
        if v < 0:
            return super().__new__(D)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
        log.append(("C.init", type(self).__name__, v))

class D(C):
    pass

c1 = C(5)
c2 = C(-5)
print(type(c1).__name__, type(c2).__name__, c1.v, c2.v)
print(log)

# Singleton pattern
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

print(Single() is Single())

# __init__ must return None
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(type(e).__name__, e)

# Wrong argument counts
class E:
    def __init__(self, a, b):
        pass
try:
    E(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    E(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)

# __new__ on immutable builtin subclass
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), len(u))

class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-7), Pos(-7) + 1, type(Pos(3)).__name__)

# Calling __init__ explicitly again
a = A(1)
a.__init__(10, 20)
print(a.a, a.b)
