# zero-argument super() in generator methods, async-free coroutine-like methods and properties
class Base:
    def values(self):
        return [1, 2]
    @property
    def name(self):
        return 'base'
    def __init_subclass__(cls, **kw):
        cls.registered = True
class Child(Base):
    def gen(self):
        for v in super().values():
            yield v * 10
    @property
    def name(self):
        return 'child of ' + super().name
    def __init__(self):
        super().__init__()
        self.ready = True
    @classmethod
    def make(cls):
        return super().__new__(cls)
    @staticmethod
    def static_super():
        try:
            return super().values()
        except RuntimeError as e:
            return type(e).__name__ + ': ' + str(e)
c = Child()
print(list(c.gen()), c.name, c.ready, Child.registered)
print(type(Child.make()).__name__)
print(Child.static_super())
# super() inside a generator expression in a method uses the genexpr's implicit first argument
class G(Base):
    def bad(self):
        try:
            return list(super().values() for _ in range(1))
        except TypeError as e:
            return type(e).__name__
    def good(self):
        return [super().values() for _ in range(1)]
print(G().bad(), G().good())
# super() in a lambda default argument is evaluated in the method
class H(Base):
    def m(self):
        f = lambda v=super().values(): v
        return f()
print(H().m())
# multiple inheritance: super() follows the MRO of the instance's type
class L(Base):
    def values(self):
        return ['L'] + super().values()
class R(Base):
    def values(self):
        return ['R'] + super().values()
class M(L, R):
    def values(self):
        return ['M'] + super().values()
print(M().values(), [k.__name__ for k in M.__mro__])
