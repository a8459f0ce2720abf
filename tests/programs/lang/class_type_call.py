def init(self, v):
    self.v = v

def show(self):
    return "Dyn(%r)" % self.v

Dyn = type("Dyn", (), {"__init__": init, "show": show, "k": 3})
d = Dyn(5)
print(d.show(), Dyn.k, Dyn.__name__, Dyn.__qualname__)
print([c.__name__ for c in Dyn.__mro__])

class Base:
    def hello(self):
        return "hello from " + type(self).__name__

Child = type("Child", (Base,), {})
print(Child().hello(), issubclass(Child, Base))

# type with one argument
print(type(1).__name__, type("s").__name__, type([]) is list, type(type) is type)

# Errors
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# Module of dynamically created class
print(Dyn.__module__)

# Creating classes in a loop
classes = [type("C%d" % i, (), {"n": i}) for i in range(3)]
print([(c.__name__, c.n) for c in classes])

# type as a base
class Meta(type):
    pass
M = Meta("M", (), {"a": 1})
print(type(M).__name__, M.a, isinstance(M, type))

# Dict with methods using closures
def make_class(prefix):
    def greet(self, name):
        return prefix + name
    return type("Greeter", (), {"greet": greet})
print(make_class("Hi ")().greet("Bob"))

# __slots__ via type
S = type("S", (), {"__slots__": ("a",)})
s = S()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
