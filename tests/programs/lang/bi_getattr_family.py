class C:
    cls = "class attr"
    def __init__(self):
        self.inst = "instance attr"
    def method(self):
        return "method"

c = C()
print(getattr(c, "inst"), getattr(c, "cls"), getattr(c, "method")(), getattr(C, "cls"))
print(getattr(c, "nope", None), getattr(c, "nope", 0), getattr(c, "inst", "unused"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c)
except TypeError as e:
    print(type(e).__name__, e)

setattr(c, "new", 5)
setattr(c, "with space", "odd")
setattr(C, "added", "to class")
print(c.new, getattr(c, "with space"), c.added, C().added)
print(hasattr(c, "new"), hasattr(c, "missing"), hasattr(C, "method"), hasattr(5, "real"), hasattr("s", "upper"))
delattr(c, "new")
print(hasattr(c, "new"))
try:
    delattr(c, "new")
except AttributeError as e:
    print(type(e).__name__, e)
delattr(C, "added")
print(hasattr(c, "added"))

# getattr on builtins and modules
import math
print(getattr(math, "pi"), getattr(str, "upper")("x"), getattr([], "__len__")(), getattr(1, "bit_length")())
print(getattr(int, "__name__"), getattr(None, "__class__").__name__)

# Dynamic dispatch pattern
class Handler:
    def on_start(self):
        return "starting"
    def on_stop(self):
        return "stopping"
h = Handler()
for ev in ["start", "stop", "pause"]:
    fn = getattr(h, "on_" + ev, None)
    print(ev, fn() if fn else "no handler")

# setattr on objects without __dict__
for obj in [1, "s", (), None]:
    try:
        setattr(obj, "x", 1)
    except AttributeError as e:
        print(type(e).__name__, e)

# callable
print(callable(c.method), callable(C), callable(c), callable(getattr), callable(C.method), callable("method"))

# vars
print(vars(c))
print(sorted(k for k in vars(C) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    a = 1
    b = 2
    return vars()
print(f())

# dir on user class filtered to non-dunder names
class Base:
    x = 1
    def base_m(self):
        pass
class Derived(Base):
    y = 2
    def derived_m(self):
        pass
d = Derived()
d.z = 3
print([n for n in dir(Derived) if not n.startswith("__")])
print([n for n in dir(d) if not n.startswith("__")])
print("__init__" in dir(d), "__class__" in dir(d), dir(d) == sorted(dir(d)))
class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(WithDir()))
print([n for n in dir(math) if n.startswith("is")])
