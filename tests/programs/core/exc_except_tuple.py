def risky(kind):
    if kind == 0:
        return [][1]
    if kind == 1:
        return {}["k"]
    if kind == 2:
        return 1 / 0
    if kind == 3:
        return int("x")
    return "fine"
for kind in range(5):
    try:
        print(risky(kind))
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__, e)
    except (ZeroDivisionError, ValueError) as e:
        print("arith/value:", type(e).__name__, e)
errors = (TypeError, NameError)
try:
    undefined_x
except errors as e:
    print("tuple in variable:", type(e).__name__)
# nested tuples are not flattened: matching fails with a TypeError
try:
    try:
        raise KeyError("nested")
    except ((ValueError, KeyError), TypeError) as e:
        print("nested tuple:", type(e).__name__, e)
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
try:
    try:
        raise KeyError("k")
    except (KeyError, 5):
        print("not reached: every tuple element is validated first")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except ():
        print("empty tuple never matches")
except ValueError as e:
    print("passed through empty tuple:", e)
