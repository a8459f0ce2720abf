# __module__, __qualname__, __firstlineno__, __static_attributes__ in class bodies (3.13)
class A:
    seen_module = __module__
    seen_qualname = __qualname__
    class B:
        seen_qualname = __qualname__
        def m(self):
            self.q = 1
            self.p = 2
    def f(self):
        self.a = 1
        self.b = 2
        self.a = 3
        other = self
        other.c = 4
print(A.seen_module, A.seen_qualname, A.B.seen_qualname)
print(A.__firstlineno__, A.B.__firstlineno__)
print(A.__static_attributes__, A.B.__static_attributes__)
def factory():
    class Local:
        q = __qualname__
    return Local
print(factory().q, factory().__qualname__)
# assigning __qualname__ in the body changes the class's qualname
class C:
    __qualname__ = 'Renamed'
print(C.__qualname__, C.__name__)
try:
    class D:
        __qualname__ = 42
except TypeError as e:
    print(type(e).__name__, e)
# __module__ comes from the global __name__
class E:
    pass
print(E.__module__)
__name__ = 'renamed_module'
class F:
    pass
print(F.__module__)
__name__ = '__main__'
# the order of the implicit names in the namespace
class G:
    names = list(locals())
print(G.names)
# __firstlineno__ for a decorated class is the line of the first decorator
def deco(c):
    return c
@deco
class H:
    pass
print(H.__firstlineno__)
# __doc__ is stored after the first names
class I:
    "docstring"
    names = list(locals())
print(I.names, I.__doc__)
