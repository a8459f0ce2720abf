def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    r = yield from inner()
    print("  inner returned", r)
    yield 3
    return "outer result"

g = outer()
print(list(g))
g = outer()
for v in g:
    print("v", v)

def get_return(gen):
    try:
        while True:
            next(gen)
    except StopIteration as e:
        return e.value
print(get_return(outer()))

# yield from any iterable
def flat():
    yield from [1, 2]
    yield from (3, 4)
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
print(list(flat()))

# Recursive yield from
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

# send through yield from
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def delegator():
    result = yield from acc()
    yield "final %d" % result

d = delegator()
print(next(d), d.send(5), d.send(10), d.send(None))

# throw through yield from
def inner2():
    try:
        yield "a"
        yield "b"
    except ValueError as e:
        yield "inner caught %s" % e
    yield "inner end"

def outer2():
    yield from inner2()
    yield "outer end"

g = outer2()
print(next(g), g.throw(ValueError("x")), next(g), next(g))

# close through yield from
def inner3():
    try:
        yield 1
        yield 2
    finally:
        print("  inner3 finally")

def outer3():
    try:
        yield from inner3()
    finally:
        print("  outer3 finally")

g = outer3()
next(g)
g.close()
print("closed")

# yield from non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

# yield from returns value of return statement with no value
def none_ret():
    yield 1
def wrap():
    r = yield from none_ret()
    yield r
print(list(wrap()))

# Value of StopIteration subclass from iterator's __next__
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("it value")
def wrap2():
    r = yield from It()
    yield r
print(list(wrap2()))
