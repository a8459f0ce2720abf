class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.private, value)

class Model:
    a = Field()
    b = Field()

m = Model()
print(m.a, m.b)
m.a = 10
print(m.a, m._a)
print(type(Model.a).__name__, Model.a.name)

# Non-data descriptor: instance dict wins
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class H:
    d = NonData()

h = H()
print(h.d)
h.__dict__["d"] = "from instance"
print(h.d)

# Data descriptor wins over instance dict
class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, value):
        pass

class I:
    d = Data()
i = I()
i.__dict__["d"] = "instance"
print(i.d)

# __init_subclass__
class Plugin:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[cls.__name__.lower()] = cls

class Alpha(Plugin): pass
class Beta(Plugin): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry))

# __set_name__ in type() created classes
T = type("T", (), {"f": Field()})
print(T.f.name)

# __get__ invoked via class
class Desc:
    def __get__(self, obj, objtype):
        return (obj is None, objtype.__name__)
class J:
    d = Desc()
print(J.d, J().d)
