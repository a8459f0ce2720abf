def show(e):
    print(type(e).__name__, repr(str(e)),
          "cause=" + repr(e.__cause__),
          "context=" + repr(e.__context__),
          "suppress=" + str(e.__suppress_context__))

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as e:
    show(e)
    print(e.__cause__ is e.__context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("no chain") from None
except ValueError as e:
    show(e)

try:
    raise RuntimeError("explicit cause") from KeyError("other")
except RuntimeError as e:
    show(e)

# from with a class instantiates it
try:
    raise RuntimeError("x") from IndexError
except RuntimeError as e:
    show(e)

# from something that isn't an exception
try:
    raise RuntimeError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

# Implicit context
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
except IndexError as e:
    show(e)

# Setting __cause__ manually
e = ValueError("manual")
e.__cause__ = KeyError("c")
show(e)
e.__cause__ = None
show(e)
try:
    e.__cause__ = "bad"
except TypeError as err:
    print(type(err).__name__, err)

# raise from inside a function called from except
def convert():
    try:
        int("abc")
    except ValueError as exc:
        raise LookupError("lookup failed") from exc
try:
    convert()
except LookupError as e:
    show(e)

# Chain of three
try:
    try:
        try:
            raise OSError("disk")
        except OSError as a:
            raise ValueError("parse") from a
    except ValueError as b:
        raise RuntimeError("top")
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__cause__ or cur.__context__
    print(chain)
