class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!" * self.age

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 3)]:
    print(a.intro())

p = Puppy("x", 1)
print(isinstance(p, Animal), type(p).__name__, [c.__name__ for c in Puppy.__mro__])
print(Puppy.kind, Puppy.intro is Animal.intro)

# Overriding attributes with methods and vice versa
class Base:
    def value(self):
        return 1
class Over(Base):
    value = 5
print(Over().value)

# Calling base method explicitly
class Base2:
    def greet(self):
        return "base " + self.tag()
    def tag(self):
        return "B"
class Derived2(Base2):
    def greet(self):
        return "derived+" + Base2.greet(self)
    def tag(self):
        return "D"
print(Derived2().greet())

# Inherited __init__
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
class Point3(Point):
    pass
print(vars(Point3(1, 2)))

# Inheritance of class-level counters
class Counted:
    n = 0
    def __init__(self):
        type(self).n += 1
class CA(Counted): pass
class CB(Counted): pass
CA(); CA(); CB()
print(Counted.n, CA.n, CB.n)

# object as the implicit base
class Plain: pass
print(Plain.__bases__[0] is object, [c.__name__ for c in Plain.__mro__])

# Cannot subclass bool / NoneType
try:
    class MyBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class N(type(None)): pass
except TypeError as e:
    print(type(e).__name__, e)
