class MyError(Exception):
    pass
class SubError(MyError):
    pass
class OtherError(ValueError):
    pass
try:
    raise MyError("custom")
except MyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    raise SubError("sub", 2)
except MyError as e:
    print("caught by base:", type(e).__name__, e, isinstance(e, MyError), isinstance(e, SubError))
try:
    raise OtherError("other")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
try:
    raise MyError
except Exception as e:
    print(repr(e), isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, ValueError))
print(issubclass(SubError, MyError), issubclass(MyError, SubError), issubclass(OtherError, Exception))
print([c.__name__ for c in SubError.__mro__])
def validate(age):
    if not isinstance(age, int):
        raise OtherError("age must be int")
    if age < 0:
        raise SubError("negative age: " + str(age))
    return age
for a in [5, -1, "x"]:
    try:
        print(validate(a))
    except SubError as e:
        print("SubError:", e)
    except ValueError as e:
        print("ValueError:", e)
errors = []
for exc_type in (MyError, SubError, OtherError):
    try:
        raise exc_type("from loop")
    except (SubError, OtherError) as e:
        errors.append(type(e).__name__)
    except MyError as e:
        errors.append("base:" + type(e).__name__)
print(errors)
