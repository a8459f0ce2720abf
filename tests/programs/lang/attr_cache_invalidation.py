# Attribute loads and method calls remember per instruction what the class
# contributed; every change to a class, to an instance's class or dict must
# be seen by the next execution of the same instruction.


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def m(self):
        return "A.m"


class B(A):
    def m(self):
        return "B.m"


def read_v(objs):
    return [o.v for o in objs]


def call_m(objs):
    return [o.m() for o in objs]


a, b = A(1), B(2)
for _ in range(3):
    print(read_v([a, b, a]), call_m([a, b, a]))

# An instance attribute shadows the method for this instance only.
a.m = lambda: "instance m"
print(call_m([a, b, A(0)]))
del a.m
print(call_m([a, b]))

# Replacing the method on the class.
A.m = lambda self: "patched A.m"
print(call_m([a, b, A(5)]))

# A data descriptor added later wins over the instance dict.
A.v = property(lambda self: "property v")
print(read_v([a, b]))
del A.v
print(read_v([a, b]))

# __getattribute__ added to a base class.
def ga(self, name):
    if name == "v":
        return "via __getattribute__"
    return object.__getattribute__(self, name)

A.__getattribute__ = ga
print(read_v([a, b]), call_m([b]))
del A.__getattribute__
print(read_v([a, b]), call_m([b]))

# Changing an instance's class.
b.__class__ = A
print(call_m([b]), read_v([b]))
b.__class__ = B
print(call_m([b]))

# Deleting the method: the next call falls back to the base class, then fails.
del B.m
print(call_m([b]))
try:
    del A.m
    call_m([b])
except AttributeError as e:
    print("AttributeError:", e)

# Missing attributes still raise, with __getattr__ honoured when added.
try:
    read_v([object.__new__(A)])
except AttributeError as e:
    print("AttributeError:", e)
A.__getattr__ = lambda self, name: "fallback " + name
print(read_v([object.__new__(A)]))

# Classes created in a loop at the same place (addresses may be reused).
out = []
for i in range(200):
    if i % 2:
        class C:
            def m(self):
                return "odd"
    else:
        class C:
            m = property(lambda self: (lambda: "even"))
    out.append(C().m())
print(out[:4], out.count("odd"), out.count("even"))
