class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress

with Ctx("a") as v:
    print("body", v)

with Ctx("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Ctx("c"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))

# Truthiness of __exit__ return value
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with Truthy():
    1 / 0
print("suppressed by truthy")

# Exception inside __exit__ replaces the original, with context
class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        raise RuntimeError("exit failed")
try:
    with FailExit():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# Exception in __enter__: __exit__ is not called
class FailEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with FailEnter():
        print("never body")
except OSError as e:
    print(type(e).__name__, e)

# return / break / continue inside with still call __exit__
def f():
    with Ctx("ret"):
        return "returned"
print(f())
for i in range(3):
    with Ctx("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)

# Missing protocol methods
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __enter__ returning self and attributes
class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *exc):
        self.open = False
r = Resource()
with r as rr:
    print(rr is r, r.open)
print(r.open)

# Suppressed StopIteration / GeneratorExit in exit
with Ctx("stop", suppress=True):
    raise StopIteration
print("end")
