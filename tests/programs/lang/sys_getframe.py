import sys

def who_am_i():
    return sys._getframe().f_code.co_name

def caller_name():
    return sys._getframe(1).f_code.co_name

def outer_function():
    return who_am_i(), caller_name()

print(outer_function())
print(sys._getframe().f_code.co_name)

def local_peek():
    secret = 42
    other = "x"
    f = sys._getframe()
    return sorted(k for k in f.f_locals if k != "f"), f.f_locals["secret"]
print(local_peek())

def get_caller_locals():
    return sys._getframe(1).f_locals.get("marker")

def has_marker():
    marker = "found me"
    return get_caller_locals()
print(has_marker())

def line_number():
    return sys._getframe(1).f_lineno
print(line_number(), line_number())

def depth():
    f = sys._getframe()
    n = 0
    while f is not None:
        n += 1
        f = f.f_back
    return n
def nested(k):
    return depth() if k == 0 else nested(k - 1)
print(nested(0) + 3 == nested(3))

try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)

print(sys._getframe().f_globals is globals(), sys._getframe().f_back is None)

class K:
    def method(self):
        return sys._getframe().f_code.co_name, type(sys._getframe().f_locals["self"]).__name__
print(K().method())
print((lambda: sys._getframe().f_code.co_name)())
print([sys._getframe().f_code.co_name for _ in range(1)])
