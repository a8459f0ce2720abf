def simple():
    print("  start")
    yield 1
    print("  middle")
    yield 2
    print("  end")

g = simple()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration as e:
    print("again StopIteration", e.value)

print(list(simple()))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), max(countdown(3)))

# Generator function with no yields executed path
def maybe(flag):
    if flag:
        yield "yielded"
    return
print(list(maybe(True)), list(maybe(False)))

# yield as expression value is None with next()
def echo():
    x = yield 1
    print("  got", x)
    y = yield 2
    print("  got", y)
g = echo()
next(g); next(g)
try:
    next(g)
except StopIteration:
    print("done")

# Generator locals persist
def running_total(items):
    total = 0
    for it in items:
        total += it
        yield total
print(list(running_total([1, 2, 3, 4])))

# Generators are iterators
g = countdown(2)
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))

# Multiple independent generators
a, b = countdown(3), countdown(3)
print(next(a), next(a), next(b))

# yield inside try/except
def safe_div(pairs):
    for x, y in pairs:
        try:
            yield x / y
        except ZeroDivisionError:
            yield "div0"
print(list(safe_div([(1, 2), (1, 0), (9, 3)])))

# Yield in nested loops
def grid(n):
    for i in range(n):
        for j in range(i):
            yield (i, j)
print(list(grid(4)))

# Generator referring to enclosing variables (late binding)
def make():
    x = 1
    def gen():
        yield x
    g = gen()
    x = 2
    return g
print(list(make()))

# Lambda with yield
lg = lambda: (yield 5)
print(list(lg()))
# zip stops at shortest generator
print(list(zip(countdown(5), "abc")))
