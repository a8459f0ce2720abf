class Counter:
    count = 0

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def describe(self):
        return "Counter(%s)" % self.name

    @classmethod
    def make(cls, name):
        return cls(name + "!")

    @classmethod
    def how_many(cls):
        return cls.count

    @staticmethod
    def add(a, b):
        return a + b

c = Counter("a")
d = Counter.make("b")
print(c.describe(), d.describe())
print(Counter.how_many(), c.how_many())
print(Counter.add(2, 3), c.add(4, 5))

# Unbound method access through class is a plain function
f = Counter.describe
print(type(f).__name__, f(c))
m = c.describe
print(type(m).__name__, m(), m.__self__ is c, m.__func__ is Counter.describe)

cm = Counter.make
print(type(cm).__name__, cm.__self__ is Counter)

sm = Counter.add
print(type(sm).__name__)

# classmethod on subclass receives subclass
class Sub(Counter):
    pass

s = Sub.make("s")
print(type(s).__name__, s.name)

# Calling instance method without self
try:
    Counter.describe()
except TypeError as e:
    print(type(e).__name__, e)

# Methods assigned after class creation
def shout(self):
    return self.name.upper()
Counter.shout = shout
print(c.shout())

# Functions stored on instances are not bound
c.plain = lambda: "plain"
print(c.plain())

# staticmethod / classmethod objects
raw = Counter.__dict__["add"]
print(type(raw).__name__, raw.__func__(1, 1))
raw2 = Counter.__dict__["make"]
print(type(raw2).__name__)

# Bound method equality
print(c.describe == c.describe, c.describe == d.describe)

# Method with default args and keyword args
class K:
    def f(self, a, b=10, *args, c=100, **kw):
        return (a, b, args, c, sorted(kw.items()))
k = K()
print(k.f(1))
print(k.f(1, 2, 3, 4, c=5, z=6, y=7))
try:
    k.f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    k.f(1, d=2, a=3)
except TypeError as e:
    print(type(e).__name__, e)
