# zero-argument super() in methods, nested functions and comprehensions
class Base:
    def greet(self):
        return 'Base.greet'
    @classmethod
    def cm(cls):
        return 'Base.cm ' + cls.__name__
    def items(self):
        return 'item'
class Child(Base):
    def greet(self):
        return 'Child > ' + super().greet()
    @classmethod
    def cm(cls):
        return 'Child > ' + super().cm()
    def in_comprehension(self):
        return [super().items() + str(i) for i in range(2)]
    def in_dict_comp(self):
        return {i: super().greet() for i in range(1)}
    def in_nested_function(self):
        def inner():
            return super().greet()
        try:
            return inner()
        except RuntimeError as e:
            return type(e).__name__ + ': ' + str(e)
    def in_nested_with_arg(self):
        def inner(obj):
            return super().greet()
        try:
            return inner(self)
        except TypeError as e:
            return type(e).__name__ + ': ' + str(e)
    def in_lambda(self):
        f = lambda: super().greet()
        try:
            return f()
        except RuntimeError as e:
            return type(e).__name__ + ': ' + str(e)
    def in_genexpr(self):
        try:
            return list(super().greet() for i in range(1))
        except TypeError as e:
            return type(e).__name__ + ': ' + str(e)
    def loop(self):
        n = 0
        for i in range(5000):
            if super().greet() == 'Base.greet':
                n += 1
        return n
c = Child()
print(c.greet())
print(Child.cm())
print(c.in_comprehension())
print(c.in_dict_comp())
print(c.in_nested_function())
print(c.in_nested_with_arg())
print(c.in_lambda())
print(c.in_genexpr())
print(c.loop())
# a nested function that takes the instance as its first argument works
class Child2(Base):
    def m(self):
        def helper(me):
            return super().greet()
        try:
            return helper(self)
        except TypeError as e:
            return type(e).__name__ + ': ' + str(e)
print(Child2().m())
