try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError()
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("msg")
except ValueError as e:
    print(repr(e), e.args)
cls = KeyError
try:
    raise cls
except KeyError as e:
    print(repr(e), type(e) is KeyError)
inst = IndexError("saved")
for _ in range(2):
    try:
        raise inst
    except IndexError as e:
        print(e is inst, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise "string"
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(ValueError("a"), ValueError), isinstance(ValueError, type), issubclass(ValueError, Exception))
print(type(ValueError("a")).__name__, ValueError.__name__, ValueError.__mro__[1].__name__)
