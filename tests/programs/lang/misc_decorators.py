import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("  call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("  ret", result)
        return result
    return wrapper

@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))

# Decorator order: bottom-up application, top-down call
def tag(label):
    def deco(fn):
        print("  applying", label)
        def wrapper():
            return label + "(" + fn() + ")"
        return wrapper
    return deco

@tag("outer")
@tag("inner")
def base():
    return "base"
print(base())

# Class decorator
def register(cls):
    cls.registered = True
    cls.describe = lambda self: "I am " + type(self).__name__
    return cls

@register
class Thing:
    pass
print(Thing.registered, Thing().describe())

# Decorator returning a non-function
def constant(fn):
    return 42
@constant
def replaced():
    pass
print(replaced)

# Decorators with state (counting calls)
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def noop():
    pass
for _ in range(4):
    noop()
print(noop.calls)

# Method decorators and decorating with classmethod/staticmethod/property
class Temp:
    def __init__(self):
        self._c = 0
    def __repr__(self):
        return "Temp()"
    @property
    @trace
    def value(self):
        return self._c
    @staticmethod
    @trace
    def util(x):
        return x * 2
t = Temp()
print(t.value, Temp.util(4))

# Arbitrary expressions as decorators (PEP 614)
decorators = {"up": lambda fn: lambda: fn().upper()}
@decorators["up"]
def word():
    return "loud"
print(word())

@(lambda fn: lambda: fn() + "!")
def exclaim():
    return "wow"
print(exclaim())

# Memoize decorator with dict
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))

# wraps copies attributes including __wrapped__ and __dict__
def deco(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a)
    return w
def original():
    "original doc"
original.custom = "attr"
wrapped = deco(original)
print(wrapped.__name__, wrapped.__doc__, wrapped.custom, wrapped.__wrapped__ is original)
