import sys
def catch(exc, handler):
    try:
        raise exc
    except handler as e:
        return "caught " + type(e).__name__ + " by " + (handler.__name__ if isinstance(handler, type) else "tuple")
    except BaseException as e:
        return "NOT caught " + type(e).__name__ + " by " + handler.__name__
print(catch(KeyError("k"), LookupError))
print(catch(IndexError("i"), LookupError))
print(catch(ZeroDivisionError(), ArithmeticError))
print(catch(OverflowError(), ArithmeticError))
print(catch(UnboundLocalError(), NameError))
print(catch(RecursionError(), RuntimeError))
print(catch(NotImplementedError(), RuntimeError))
print(catch(ValueError(), Exception))
print(catch(SystemExit(1), Exception))
print(catch(KeyboardInterrupt(), Exception))
print(catch(SystemExit(2), BaseException))
print(catch(KeyboardInterrupt(), BaseException))
print(catch(StopIteration(), Exception))
print(catch(AssertionError(), Exception))
print(catch(ModuleNotFoundError(), ImportError))
print(catch(KeyError(), (ValueError, LookupError)))
print(catch(TypeError(), ValueError))
for c in [KeyError, IndexError, ZeroDivisionError, UnboundLocalError, RecursionError, SystemExit,
          KeyboardInterrupt, Exception, BaseException, OverflowError, FloatingPointError, TimeoutError]:
    print(c.__name__, [b.__name__ for b in c.__mro__])
print(issubclass(bool, int), issubclass(KeyError, Exception), issubclass(SystemExit, Exception))
try:
    sys.exit(4)
except SystemExit as e:
    print("SystemExit caught explicitly", e.code, e.args)
