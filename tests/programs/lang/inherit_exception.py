class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return "%s: %s" % (self.field, self.message)

class NoSuper(Exception):
    def __init__(self, code):
        self.code = code

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"

try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.args, e.field, repr(e))

try:
    raise NoSuper(42)
except NoSuper as e:
    print(type(e).__name__, repr(str(e)), e.args, e.code)

e = AppError("a", 1)
print(str(e), repr(e), e.args)
print(str(AppError()), repr(AppError()), str(AppError("one")), repr(AppError("one")))
print(repr(WithRepr("x")), str(WithRepr("x")))

# Catching by base class order
for exc in [ValidationError("f", "m"), AppError("x"), KeyError("k"), ValueError("v")]:
    try:
        raise exc
    except ValidationError:
        print("validation")
    except AppError:
        print("app")
    except LookupError as e:
        print("lookup", e)
    except Exception as e:
        print("other", type(e).__name__)

# Exception attributes
class E2(Exception):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra
e2 = E2(1, 2, extra="x")
print(e2.args, e2.extra, str(e2))

# KeyError str quirk
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
# args is a tuple, assignable
e3 = ValueError("a")
e3.args = ("b", "c")
print(e3, e3.args)

# Exceptions with non-string args
print(str(ValueError(3)), str(ValueError([1])), str(ValueError(None)))

# with_traceback returns self
e4 = RuntimeError("r")
print(e4.with_traceback(None) is e4)

# BaseException subclass not caught by except Exception
class Fatal(BaseException): pass
try:
    try:
        raise Fatal("f")
    except Exception:
        print("wrong")
except BaseException as e:
    print("caught base", type(e).__name__, e)

# Raising a class instantiates it
try:
    raise AppError
except AppError as e:
    print(type(e).__name__, e.args)

# Raising non-exceptions
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
