vals = [0, True, 1.5, "s", [1], (1,), {1: 1}, {1}, None, range(1), len, 2 ** 80]
for v in vals:
    print(type(v), type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
print(type(5) is int, type(True) is int, type(True) is bool, isinstance(True, int), isinstance(1, bool))
print(isinstance(1, (str, (float, int))), isinstance("x", ()), isinstance(1.0, (int,)))
print(type(None), type(type), type(int), type(print), type(lambda: 1).__name__)
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(float, int))
print(type(1) == type(2), type(1) != type(1.0), type("") is str)
print(int, float, str, list, tuple, dict, set, bool, type, object, range, slice, frozenset)
print(ValueError, type(ValueError("x")), type(len), type(type(None)))
print(type(3)(7.9), type("x")(12), type([])("ab"), type(())([1]))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    pass
print(type(f), f.__class__ is type(f), (1).__class__, "x".__class__.__name__)
