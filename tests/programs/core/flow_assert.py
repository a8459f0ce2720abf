assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args, str(e) == "")
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["payload", 1]
except AssertionError as e:
    print(type(e).__name__, e, e.args[0])
def check(x):
    assert isinstance(x, int), "expected int, got " + type(x).__name__
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(type(e).__name__, e)
calls = []
def msg():
    calls.append("msg evaluated")
    return "m"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
print(issubclass(AssertionError, Exception))
