# Method calls and attribute loads in hot loops while the class, the
# instance's __class__ or the instance dict change under them.
class A:
    def m(self, x):
        return x + 1
    val = 10

class B:
    def m(self, x):
        return x * 2
    val = 20

def calls(n):
    o = A()
    s = 0
    log = []
    for i in range(n):
        s += o.m(i)
        s += o.val
        if i == 500:
            o.__class__ = B
        if i == 1000:
            A.m = lambda self, x: -x
            o.__class__ = A
        if i == 1500:
            o.m = lambda x: 1000
        if i == 2000:
            del o.m
        if i == 2500:
            del A.val
            A.val = 0.5
        if i % 250 == 0:
            log.append((i, s))
    return s, log

class Base:
    def f(self):
        return 1

class Derived(Base):
    pass

def inherited(n):
    d = Derived()
    s = 0
    for i in range(n):
        s += d.f()
        if i == 1000:
            Derived.f = lambda self: 100
        if i == 2000:
            del Derived.f
            Base.f = lambda self: 10000
    return s

def bound_in_var(n):
    items = []
    app = items.append
    for i in range(n):
        app(i % 7)
        if i == 1500:
            app = items.insert.__call__ if False else (lambda v: items.insert(0, v))
    return len(items), items[:5], items[-5:]

def swap_callable(n):
    f = abs
    s = 0
    for i in range(n):
        s += f(i - 1500)
        if i == 1000:
            f = lambda v: v * 2
        if i == 2000:
            f = int
    return s

print(calls(3000))
print(inherited(3000))
print(bound_in_var(3000))
print(swap_callable(3000))
