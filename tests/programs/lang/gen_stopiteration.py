def leaky():
    yield 1
    raise StopIteration("oops")

try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

def uses_next():
    it = iter([1, 2])
    while True:
        yield next(it)

try:
    print(list(uses_next()))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

# Safe version
def safe_next():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe_next()))

# StopIteration value via return
def ret():
    yield 1
    return {"result": 42}
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)

# return with no value
def ret_none():
    return
    yield
try:
    next(ret_none())
except StopIteration as e:
    print("value", e.value, e.args)

# StopIteration in generator expression body
def boom(x):
    raise StopIteration
try:
    print(list(boom(x) for x in range(3)))
except RuntimeError as e:
    print(type(e).__name__, e)

# But in a list comprehension it propagates as StopIteration
try:
    [boom(x) for x in range(3)]
except StopIteration:
    print("StopIteration escaped list comprehension")

# StopIteration raised from a regular iterator stops a for loop silently
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("custom")
        return self.i
print(list(It()))

# StopIteration subclass
class MyStop(StopIteration):
    pass
def g2():
    yield 1
    raise MyStop
try:
    list(g2())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# next default hides StopIteration
print(next(iter([]), "default"))
