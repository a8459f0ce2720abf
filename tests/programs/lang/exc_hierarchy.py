def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__[:-1])

for cls in [ZeroDivisionError, OverflowError, KeyError, IndexError, FileNotFoundError, PermissionError,
            ModuleNotFoundError, UnboundLocalError, NotImplementedError, RecursionError, UnicodeDecodeError,
            StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
            TimeoutError, ConnectionResetError, IsADirectoryError, TabError, FloatingPointError,
            BufferError, EOFError, AssertionError, AttributeError, MemoryError, ReferenceError,
            DeprecationWarning, UserWarning, BaseExceptionGroup, ExceptionGroup]:
    print(chain(cls))

print(IOError is OSError, EnvironmentError is OSError)

def catch(exc, *handlers):
    try:
        raise exc
    except BaseException as e:
        for h in handlers:
            if isinstance(e, h):
                return h.__name__
        return "unhandled " + type(e).__name__

print(catch(KeyError("k"), LookupError))
print(catch(ZeroDivisionError(), ArithmeticError))
print(catch(FileNotFoundError(), OSError))
print(catch(KeyboardInterrupt(), Exception, BaseException))
print(catch(UnicodeEncodeError("ascii", "x", 0, 1, "bad"), ValueError))
print(catch(RecursionError(), RuntimeError))
print(catch(StopIteration(), Exception))

# Exception with __cause__ chains walked manually
def walk(e):
    out = []
    while e:
        out.append(type(e).__name__)
        e = e.__cause__ or e.__context__
    return out
try:
    try:
        try:
            {}["a"]
        except KeyError as k:
            raise ValueError("v") from k
    except ValueError:
        [][0]
except IndexError as e:
    print(walk(e))

# Custom hierarchy with multiple inheritance
class AppError(Exception):
    pass
class NetworkError(AppError, OSError):
    pass
class Timeout(NetworkError, TimeoutError):
    pass
print(chain(Timeout))
try:
    raise Timeout("slow")
except OSError as e:
    print("caught as OSError:", type(e).__name__, e, isinstance(e, AppError))

# except clause with a tuple built at runtime
handlers = (KeyError,) + (IndexError,)
try:
    [1][5]
except handlers as e:
    print("runtime tuple caught", type(e).__name__)

# Catching with a non-exception class in the tuple raises TypeError
try:
    try:
        raise ValueError
    except (ValueError, int):
        print("caught despite int in tuple")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as e:
    print(type(e).__name__, e)
