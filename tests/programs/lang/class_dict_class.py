def public(d):
    return sorted(k for k in d if not k.startswith("__"))

class A:
    x = 1
    def f(self):
        return 1
    @property
    def p(self):
        return 2
    @staticmethod
    def s():
        pass

print(public(A.__dict__))
a = A()
print(a.__dict__)
a.y = 2
a.z = 3
print(a.__dict__)
print(public(vars(A)))

class B(A):
    w = 4
print(public(B.__dict__))
print("x" in B.__dict__, "x" in A.__dict__)

print(a.__class__ is A, a.__class__.__name__, type(a) is A)
print(A.__class__ is type, type(A).__name__)
print(A.__bases__ == (object,), [c.__name__ for c in B.__bases__])
print(B.__base__.__name__)
print(object.__bases__)

# __dict__ is a mappingproxy on classes
print(type(A.__dict__).__name__)
try:
    A.__dict__["q"] = 1
except TypeError as e:
    print(type(e).__name__, e)

# Instance __dict__ assignment
a.__dict__ = {"only": 1}
print(a.only, hasattr(a, "y"))

# Changing __class__
class C:
    def who(self):
        return "C"
class D:
    def who(self):
        return "D"
c = C()
print(c.who())
c.__class__ = D
print(c.who(), type(c).__name__)

# __doc__
class E:
    "E doc"
    def m(self):
        "m doc"
print(E.__doc__, E.m.__doc__, E().m.__doc__)

# __subclasses__
class F: pass
class G(F): pass
class H(F): pass
print([k.__name__ for k in F.__subclasses__()])

# __dict__ of function
def fn():
    pass
fn.attr = 1
print(fn.__dict__)
