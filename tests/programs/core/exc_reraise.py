def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("outer got", repr(e))
def reraise_named():
    try:
        {}["missing"]
    except KeyError as e:
        raise e
try:
    reraise_named()
except KeyError as e:
    print("named re-raise", repr(e))
def reraise_after_inner_handled():
    try:
        raise TypeError("outer one")
    except TypeError:
        try:
            raise ValueError("inner one")
        except ValueError:
            pass
        raise  # re-raises the TypeError currently being handled
try:
    reraise_after_inner_handled()
except TypeError as e:
    print("still the outer:", e)
def convert():
    try:
        int("zz")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
try:
    convert()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
def suppress():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("clean") from None
try:
    suppress()
except KeyError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def implicit_context():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
try:
    implicit_context()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
