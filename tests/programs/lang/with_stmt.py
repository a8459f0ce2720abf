class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
        return False

log = []
with CM("a", log) as a, CM("b", log) as b:
    log.append("body %s %s" % (a, b))
print(log)

log = []
with (CM("x", log) as x,
      CM("y", log) as y):
    log.append("paren body")
print(log)

log = []
try:
    with CM("outer", log):
        with CM("inner", log):
            raise ValueError("v")
except ValueError:
    log.append("caught")
print(log)

# Second __enter__ fails: first is exited
class Boom:
    def __enter__(self):
        raise RuntimeError("boom enter")
    def __exit__(self, *a):
        return False
log = []
try:
    with CM("first", log), Boom():
        log.append("never")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log)

# Inner suppresses exception; outer sees no exception
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, KeyError)
log = []
with CM("o", log):
    with Suppress():
        raise KeyError("x")
    log.append("continues")
print(log)

# With target can be any assignment target
class Holder:
    pass
h = Holder()
d = {}
log = []
with CM("attr", log) as h.value, CM("item", log) as d["k"]:
    pass
print(h.value, d)
with CM("pq", log) as (p, q):
    pass
print(p, q)

# Exception in body propagates with exit info
class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.info = (t.__name__, str(v))
        return True
r = Recorder()
with r:
    {}["missing"]
print(r.info)

# with + return in function; exit runs
def f(log):
    with CM("func", log):
        return "value"
log = []
print(f(log), log)

# A generator-based context manager written by hand
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(v)
        except StopIteration:
            return True
        except BaseException as e:
            if e is v:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(fn):
    def helper(*args, **kwargs):
        return GenCM(fn(*args, **kwargs))
    return helper

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("div") as t:
    print("inside", t)
    with tag("p"):
        print("text")

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)
with swallow():
    raise ValueError("cm")
print("after swallow")

try:
    with tag("err"):
        raise KeyError("through")
except KeyError as e:
    print("propagated", e)
print("end")
