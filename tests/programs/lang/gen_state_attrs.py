def gen():
    x = yield 1
    yield x

g = gen()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_yieldfrom)
print(next(g))
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lineno)
print(g.send("sent"))
print(g.gi_suspended)
try:
    next(g)
except StopIteration:
    pass
print(g.gi_frame, g.gi_suspended, g.gi_running)
print(g.gi_code.co_name, g.__name__, g.__qualname__)

def inner():
    yield "a"
    yield "b"
def outer():
    yield from inner()
o = outer()
next(o)
print(o.gi_yieldfrom is not None, type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_code.co_name)

def self_aware():
    yield gen_ref.gi_running
gen_ref = self_aware()
print(next(gen_ref))

# Rename a generator
g2 = gen()
g2.__name__ = "renamed"
print(g2.__name__, repr(g2).startswith("<generator object gen at"))

# Closed generators report their state
def with_finally():
    try:
        yield 1
    finally:
        pass
w = with_finally()
next(w)
w.close()
print(w.gi_frame, w.gi_suspended)
try:
    next(w)
except StopIteration:
    print("closed generator raises StopIteration")
