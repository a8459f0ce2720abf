class C:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    def delx(self):
        self._x = None
    x = property(getx, setx, delx, "the x")
    ro = property(getx)
    wo = property(None, setx)

c = C()
c.x = 5
print(c.x, C.x.__doc__)
del c.x
print(c.x)
try:
    c.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__, e)
c.wo = 7
print(c._x)
try:
    c.wo
except AttributeError as e:
    print(type(e).__name__, e)

# getter / setter return new property objects
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
print(p1 is p2, p2.fset is not None, p1.fset)

# property used via builtins directly
class D:
    pass
D.y = property(lambda self: "computed")
print(D().y)

# docstring from getter
def g(self):
    "getter doc"
    return 1
print(property(g).__doc__)

# Property in subclass overriding only getter
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val

class Sub(Base):
    @Base.v.getter
    def v(self):
        return self._v * 100

s = Sub()
s.v = 3
print(s.v, Base.v is Sub.v)

class Sub2(Base):
    @property
    def v(self):
        return "readonly"
s2 = Sub2()
try:
    s2.v = 5
except AttributeError as e:
    print(type(e).__name__, e)
