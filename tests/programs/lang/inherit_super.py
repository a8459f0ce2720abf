class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c(%s)" % cls.__name__
    @staticmethod
    def s():
        return "A.s"

class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
    @staticmethod
    def s():
        return "B.s>" + super(B, B).s()

class C(B):
    def f(self):
        return "C.f>" + super().f()
    def skip(self):
        return super(B, self).f()

c = C()
print(c.f())
print(C.c(), B.c())
print(C.s())
print(c.skip())
print(super(C, c).f())
print(super(C, C).c())

# super() in __init__ with arguments
class Shape:
    def __init__(self, name, **kw):
        self.name = name
        self.extra = kw
class Square(Shape):
    def __init__(self, side, **kw):
        super().__init__("square", **kw)
        self.side = side
s = Square(3, color="red")
print(s.name, s.side, s.extra)

# super() with attribute access
class Base:
    attr = "base attr"
class Derived(Base):
    attr = "derived attr"
    def get(self):
        return super().attr, self.attr
print(Derived().get())

# super() outside a method
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)

# super object repr type
class D2(A):
    def sup(self):
        return super()
print(type(D2().sup()).__name__)

# super with property
class PBase:
    @property
    def p(self):
        return 10
class PDerived(PBase):
    @property
    def p(self):
        return super().p + 1
print(PDerived().p)

# super() missing attribute
class M(A):
    def g(self):
        return super().nothing
try:
    M().g()
except AttributeError as e:
    print(type(e).__name__, e)

# super() in a nested function requires explicit args
class N(A):
    def f(self):
        def inner():
            return super(N, self).f()
        return inner()
print(N().f())

# super() with __class__ cell
class Q(A):
    def who(self):
        return __class__.__name__
class R(Q): pass
print(R().who())

# Cooperative multiple inheritance
class Root:
    def hello(self):
        return ["Root"]
class L(Root):
    def hello(self):
        return ["L"] + super().hello()
class Rt(Root):
    def hello(self):
        return ["Rt"] + super().hello()
class Leaf(L, Rt):
    def hello(self):
        return ["Leaf"] + super().hello()
print(Leaf().hello())
print(super(L, Leaf()).hello())
