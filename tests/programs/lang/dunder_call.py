class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5))
print(list(map(add5, [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(0)))

class NotCallable:
    pass
print(callable(NotCallable()), callable(NotCallable), callable(len), callable(lambda: 0))
print(callable(1), callable("s"), callable(print), callable(str.upper), callable(None))
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)

# __call__ looked up on type, not instance
class C:
    pass
c = C()
c.__call__ = lambda: "instance call"
print(callable(c))
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)

# Memoizing callable
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0
    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.misses, type(fib).__name__)

# Callable class used as a decorator with arguments
class tag:
    def __init__(self, name):
        self.name = name
    def __call__(self, fn):
        def wrapper(*a, **k):
            return "<%s>%s</%s>" % (self.name, fn(*a, **k), self.name)
        return wrapper

@tag("b")
@tag("i")
def hello(who):
    return "hi " + who
print(hello("bob"))

# Calling a class calls the metaclass __call__
class Meta(type):
    def __call__(cls, *args):
        return ("made", cls.__name__, args)
class M(metaclass=Meta):
    pass
print(M(1, 2))

# Stateful callable
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
cnt = Counter()
print([cnt() for _ in range(4)], cnt.count)

# Passing wrong args to __call__
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5(1, bogus=2)
except TypeError as e:
    print(type(e).__name__, e)
