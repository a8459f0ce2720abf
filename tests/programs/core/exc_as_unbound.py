e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        kept = exc
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err) + " | kept " + repr(kept)
print(f())
def g():
    exc = "unchanged"
    try:
        pass
    except Exception as exc:
        pass
    return exc  # not deleted: handler did not run
print(g())
def h():
    try:
        raise KeyError("k")
    except KeyError as ex:
        ex = "rebound"
    try:
        return ex
    except NameError as err:
        return type(err).__name__
print(h())
