def check(v):
    try:
        assert v > 0, "value must be positive: %r" % v
        print("ok", v)
    except AssertionError as e:
        print(type(e).__name__, e, e.args)

check(1)
check(-1)
check(0)

try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)

try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args, str(e))

# Message expression only evaluated on failure
def msg():
    print("  message evaluated")
    return "msg"
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)

# Assert with tuple is always true (warning-free form via variable)
t = (False, "x")
assert t
print("tuple assert passed")

# Assertions in functions with complex conditions
def safe_sqrt(x):
    assert isinstance(x, (int, float)), "not a number"
    assert x >= 0, "negative"
    return x ** 0.5
for v in [4, -4, "4"]:
    try:
        print(safe_sqrt(v))
    except AssertionError as e:
        print("AssertionError", e)

# __debug__ is True without -O
print(__debug__)

# AssertionError subclassing / catching as Exception
try:
    assert 1 == 2, 42
except Exception as e:
    print(type(e).__name__, e.args[0] + 1)

# assert with custom exception object as message
try:
    assert None, ValueError("inner")
except AssertionError as e:
    print(repr(e.args[0]))
