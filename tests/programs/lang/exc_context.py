import sys

def show(e):
    print(type(e).__name__, str(e), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

# Context is set when raising in an except block
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    show(e)

# Context is set when raising in a finally block during exception
try:
    try:
        raise ValueError("in try")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    show(e)

# No context outside handler
try:
    raise TypeError("plain")
except TypeError as e:
    show(e)

# Re-raising the same exception does not set self-context
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    show(e)

# sys.exception() and sys.exc_info()
print(sys.exception(), sys.exc_info())
try:
    raise IndexError("idx")
except IndexError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__, sys.exc_info()[1])
    try:
        raise KeyError("inner")
    except KeyError:
        print("nested:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))
print("after:", sys.exception())

# The except variable is deleted after the block
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)

# Context avoids cycles
try:
    try:
        raise ValueError("x")
    except ValueError as a:
        try:
            raise KeyError("y")
        except KeyError as b:
            raise a
except ValueError as e:
    print(type(e).__name__, repr(e.__context__), repr(e.__context__.__context__))

# raise with no active exception
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# __suppress_context__ set by from None
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError("t") from None
except TypeError as e:
    show(e)
    print(e.__cause__)

# Context on exceptions raised in generator with caught exception
def g():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield 1
        raise ValueError("after yield")
try:
    list(g())
except ValueError as e:
    show(e)
