def worker():
    try:
        while True:
            try:
                v = yield "ready"
                print("  got", v)
            except ValueError as e:
                print("  handled ValueError", e)
                yield "recovered"
    finally:
        print("  cleanup")

w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad")))
print(next(w))
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(w)
except StopIteration:
    print("dead after throw")

# throw into a just-created generator
def g0():
    print("  never runs")
    yield 1
g = g0()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early throw:", e)
print(list(g))

# throw with exception class
def g1():
    try:
        yield 1
    except TypeError as e:
        yield "caught %r" % (e,)
g = g1()
next(g)
print(g.throw(TypeError))

# close raises GeneratorExit inside
def g2():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
g = g2()
next(g)
print(g.close())
print(g.close())

# close on unstarted generator does nothing
def g3():
    print("  not printed")
    yield
g3().close()

# yielding in response to GeneratorExit is an error
def g4():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = g4()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# returning a value on close
def g5():
    try:
        yield 1
    except GeneratorExit:
        return "ret on close"
g = g5()
next(g)
print(g.close())

# Exception in finally during close propagates
def g6():
    try:
        yield 1
    finally:
        raise ValueError("finally error")
g = g6()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)

# throw returns the next yielded value; StopIteration when generator finishes
def g7():
    try:
        yield 1
    except Exception:
        pass
g = g7()
next(g)
try:
    g.throw(Exception("x"))
except StopIteration as e:
    print("StopIteration from throw", e.value)

# gi_ attributes
def g8():
    yield 1
g = g8()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
list(g)
print(g.gi_frame)
