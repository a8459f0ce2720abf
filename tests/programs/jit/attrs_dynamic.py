# Attribute reads/writes in hot loops while the class changes under them:
# properties added mid-loop, __getattr__ fallbacks, attribute deletion,
# descriptors and __setattr__ overrides.
class P:
    def __init__(self):
        self.x = 1

def read_x(o, n, mutate_at, mutate):
    s = 0
    for i in range(n):
        s += o.x
        if i == mutate_at:
            mutate()
    return s

def add_property():
    P.x = property(lambda self: 100)

o = P()
print(read_x(o, 3000, 1500, add_property))
del P.x
print(read_x(o, 3000, -1, None))

class G:
    def __getattr__(self, name):
        return len(name)

def getattr_fallback(n):
    g = G()
    s = 0
    for i in range(n):
        s += g.abc
        if i == 1000:
            g.abc = 0.5
        if i == 2000:
            del g.abc
    return s

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value * 2)

def setattr_override(n):
    l = Logged()
    for i in range(n):
        l.v = i
    return len(l.log), l.log[-1], l.v

class Desc:
    def __get__(self, obj, owner):
        return obj.__dict__.get("_d", 0) + 1
    def __set__(self, obj, value):
        obj.__dict__["_d"] = value * 3

class H:
    d = Desc()

def descriptors(n):
    h = H()
    for i in range(n):
        h.d = h.d % 1000
    return h.d, h._d

def class_attr_counter(n):
    class C:
        count = 0
    a, b = C(), C()
    for i in range(n):
        C.count += 1
        if i == 1500:
            a.count = -1
        a.count += 1
    return C.count, a.count, b.count

print(getattr_fallback(3000))
print(setattr_override(3000))
print(descriptors(3000))
print(class_attr_counter(3000))
