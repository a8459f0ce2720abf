from functools import reduce, partial, wraps, cmp_to_key, total_ordering
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, ["x", "y"], "start:"))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(7, mod=10), partial(power, 2)(10))
p = partial(power, 3, mod=7)
print(p(2), p.func.__name__, p.args, p.keywords)
pp = partial(p, 4)
print(pp(), pp.args, pp.func is power)
int2 = partial(int, base=2)
print(int2("1010"), int2("11", base=10))
print(list(map(partial(operator.mul, 3), [1, 2, 3])))

def my_decorator(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        "wrapper doc"
        return ("wrapped", fn(*args, **kwargs))
    return wrapper

@my_decorator
def greet(name):
    "Return a greeting."
    return "hi " + name
print(greet("ann"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__wrapped__("raw"))

def plain_decorator(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@plain_decorator
def named():
    "doc"
print(named.__name__, named.__doc__)

def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
a, b = Version("1.2.10"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2.10"), a != b)
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10"), Version("1.2")]))
print(max(Version("0.1"), Version("0.0.9")))
