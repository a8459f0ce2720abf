# Attribute stores, method calls and class calls go through per-instruction
# caches and run methods and __init__ in the caller's loop. Every way the
# cached answer can go stale must be noticed.
import math


class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def total(self):
        return self.x + self.y

    def scale(self, k):
        self.x = self.x * k
        self.y = self.y * k
        return self


def run(objs):
    out = []
    for o in objs:
        o.x = o.x + 1
        out.append(o.total())
    return out


ps = [P(i) for i in range(5)]
print(run(ps), ps[0].scale(3).total())


# A class gains __setattr__ after stores were cached.
def set_all(objs, v):
    for o in objs:
        o.x = v


set_all(ps, 1)
print([p.x for p in ps])


def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = logging_setattr
set_all(ps[:2], 7)
print([p.x for p in ps])
del P.__setattr__
set_all(ps, 9)
print([p.x for p in ps])


# A property (a data descriptor) appears for a cached name.
class Q:
    def __init__(self):
        self.v = 0


def bump(objs):
    for o in objs:
        o.v = 5


qs = [Q(), Q()]
bump(qs)
print([q.v for q in qs])
Q.v = property(lambda self: "prop", lambda self, val: print("setter", val))
bump(qs)
print([q.v for q in qs])


# An instance attribute shadows a cached method.
def call_total(objs):
    return [o.total() for o in objs]


print(call_total(ps))
ps[1].total = lambda: "shadowed"
print(call_total(ps))


# The class of an instance changes.
class R:
    def total(self):
        return "R"


ps[2].__class__ = R
print(call_total(ps))


# __init__ returning something else, and raising.
class Bad:
    def __init__(self, x):
        return x


try:
    Bad(3)
except TypeError as e:
    print("TypeError", e)


class Raises:
    def __init__(self, x):
        self.x = 1 // x


try:
    Raises(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
print(Raises(1).x)


# A metaclass __call__ and a custom __new__ still run.
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


class WithNew:
    def __new__(cls, a):
        print("__new__", a)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print(WithMeta(1).a, WithNew(2).a)


# Module attributes called as methods; the module attribute rebound.
def sines(n):
    return [round(math.sin(i), 6) for i in range(n)]


print(sines(3))
saved = math.sin
math.sin = lambda x: -1
print(sines(3))
math.sin = saved
print(sines(3))


# Many attributes: dicts sized from what instances of the class held.
class Wide:
    def __init__(self):
        for i in range(10):
            setattr(self, "a%d" % i, i)
        self.last = "end"


ws = [Wide() for _ in range(3)]
print([sorted(vars(w))[:3] for w in ws][0], ws[2].last, len(vars(ws[0])))


# Slots: no instance dict, stores go to the slots.
class S:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


def set_slots(objs):
    for o in objs:
        o.a = o.a + 1


ss = [S(1), S(2)]
set_slots(ss)
set_slots(ss)
print([s.a for s in ss])
try:
    ss[0].b = 1
except AttributeError as e:
    print("AttributeError", e)


# A class's __init__ or __new__ replaced after calls were remembered.
class Swap:
    def __init__(self, a):
        self.a = a


def make_all(n):
    return [Swap(k).a for k in range(n)]


print(make_all(3))


def other_init(self, a):
    self.a = -a


Swap.__init__ = other_init
print(make_all(3))


def new_new(cls, a):
    print("new", a)
    return object.__new__(cls)


Swap.__new__ = new_new
print(make_all(2))
