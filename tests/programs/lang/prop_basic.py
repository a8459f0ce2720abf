class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        "Temperature in Celsius"
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)

print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)
p = Temperature.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temperature.fahrenheit.fset)

# Lazy computed property with caching in instance dict under other name
class Lazy:
    calls = 0
    @property
    def value(self):
        if not hasattr(self, "_v"):
            Lazy.calls += 1
            self._v = 42
        return self._v
l = Lazy()
print(l.value, l.value, Lazy.calls)

# Property cannot be shadowed by instance dict
class P:
    @property
    def x(self):
        return "property"
obj = P()
obj.__dict__["x"] = "dict"
print(obj.x)

# Property defined on class accessed on class returns property
print(isinstance(P.x, property))
