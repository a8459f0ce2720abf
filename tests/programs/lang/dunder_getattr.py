class Dyn:
    existing = "class attr"
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("%s has no %s" % (type(self).__name__, name))

d = Dyn()
print(d.real, d.existing, d.auto_thing)
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, "missing", "dflt"), hasattr(d, "auto_x"), hasattr(d, "nope"))

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

lg = Logged()
lg.a = 1
lg.b = 2
lg.a += 10
del lg.b
print(lg.a, hasattr(lg, "b"), lg.log)

class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name != "__dict__" and not name.startswith("__"):
            print("  getattribute", name)
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def method(self):
        return self.x

s = Spy()
print(s.x)
print(s.secret)
print(s.method())

# __getattr__ called only after __getattribute__ raises AttributeError
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("no boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
b = Both()
print(b.boom, b.__class__.__name__)

# Proxy delegating everything
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)

class Target:
    def __init__(self):
        self.v = 1
    def hello(self):
        return "hello %d" % self.v
t = Target()
p = Proxy(t)
p.v = 99
print(p.hello(), t.v, "v" in vars(p))

# Dunder methods do not go through __getattr__
class NoLen:
    def __getattr__(self, name):
        return lambda: 5
nl = NoLen()
print(nl.__len__())
try:
    len(nl)
except TypeError as e:
    print(type(e).__name__, e)

# setattr/getattr/delattr builtins with non-string names
try:
    getattr(d, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(d, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)

# __getattr__ raising other exceptions propagates from hasattr
class Boom:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Boom(), "x")
except KeyError as e:
    print(type(e).__name__, e)
