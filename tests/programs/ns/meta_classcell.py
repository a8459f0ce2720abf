# __classcell__ and __class__
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print(name, 'has __classcell__:', '__classcell__' in ns)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta):
    def m(self):
        return __class__
class B(metaclass=Meta):
    def m(self):
        return super()
class C(metaclass=Meta):
    def m(self):
        return 1
print(A().m() is A, type(B().m()).__name__)
print('__classcell__' in A.__dict__)
# a metaclass that drops __classcell__
class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns = dict(ns)
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
try:
    class D(metaclass=Dropper):
        def m(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__, e)
# a metaclass that returns a different object from __new__ with the cell propagated
class Other(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return cls
class E(metaclass=Other):
    def who(self):
        return __class__.__name__
print(E().who())
# __class__ in a class body is not the class being defined
try:
    class F:
        x = __class__
except NameError as e:
    print(type(e).__name__, e)
# __class__ in a nested function of a method
class G:
    def m(self):
        def inner():
            return __class__
        return inner()
print(G().m() is G)
# __class__ with inheritance: refers to the defining class
class H(G):
    def n(self):
        return __class__
print(H().n().__name__, H().m().__name__)
# assigning __class__ in a method makes it a local
class J:
    def m(self):
        __class__ = 'local'
        return __class__
print(J().m())
# the __class__ cell contents
print(A.m.__closure__[0].cell_contents is A)
