def tracked(name, items):
    print("  open", name)
    try:
        for it in items:
            yield it
    finally:
        print("  close", name)

for x in tracked("a", [1, 2, 3]):
    print("item", x)
    if x == 2:
        break
print("after break")

g = tracked("b", [1])
print(list(g))

def with_gen():
    class R:
        def __enter__(self):
            print("  R enter")
            return self
        def __exit__(self, *a):
            print("  R exit", a[0])
    with R():
        yield 1
        yield 2

g = with_gen()
print(next(g))
g.close()
print("closed")

g = with_gen()
next(g)
try:
    g.throw(ValueError("inside"))
except ValueError as e:
    print("propagated", e)

# return inside try/finally in generator
def ret_finally():
    try:
        yield 1
        return "value"
    finally:
        print("  finally runs before StopIteration")
g = ret_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# finally overriding with yield
def finally_yield():
    try:
        yield "try"
    finally:
        yield "finally"
print(list(finally_yield()))

# Exception handling state inside generators
def ctx_gen():
    try:
        raise KeyError("k")
    except KeyError:
        yield "in except"
        import sys
        yield repr(sys.exception())
    yield "after"
print(list(ctx_gen()))

# Generators interleaved with exceptions outside
def gen2():
    yield 1
    yield 2
g = gen2()
try:
    for v in g:
        print("v", v)
        raise RuntimeError("outside")
except RuntimeError as e:
    print("caught", e)
print(list(g))

# Pipeline with cleanup
def numbers():
    try:
        yield from range(10)
    finally:
        print("  numbers done")
def evens(src):
    for n in src:
        if n % 2 == 0:
            yield n
def first(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v
src = numbers()
print(list(first(3, evens(src))))
src.close()
