o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(o, "__dict__"), object.__name__, object.__bases__, object.__mro__ == (object,))
print(o.__class__ is object, type(object) is type, isinstance(type, object))

# Sentinel pattern with object()
MISSING = object()
def lookup(d, k, default=MISSING):
    if k in d:
        return d[k]
    if default is MISSING:
        return "no default given"
    return default
print(lookup({}, "a"), lookup({}, "a", None), lookup({"a": 1}, "a"))

# NotImplemented and Ellipsis
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., Ellipsis is ..., type(...).__name__, repr(...), str(...))
def stub():
    ...
print(stub(), [1, ...], {...: 1}[...])
print(NotImplemented is NotImplemented, Ellipsis == ..., type(NotImplemented)() is NotImplemented)

# None
print(None, repr(None), type(None).__name__, None is None, None == None, bool(None), str(None))
print(type(None)() is None)

# Builtin singletons have stable identity
empty = ()
print(True is True, (1 == 1) is True, [] is not [], empty is empty)

# staticmethod/classmethod/property as plain callables
def plain(x):
    return x * 2
sm = staticmethod(plain)
print(type(sm).__name__, sm(4), sm.__func__ is plain)
def cfn(cls):
    return cls.__name__
class K:
    cm = classmethod(cfn)
    sm2 = staticmethod(plain)
    p = property(lambda self: "prop value")
print(K.cm(), K().cm(), K.sm2(5), K().p, type(K.__dict__["p"]).__name__)

# isinstance on builtin types
for v in [1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, True, 1j, range(1), len]:
    print(type(v).__name__, end=" ")
print()

# type() identity comparisons
print(type(1) is int, type(True) is bool, type(True) is int, type(1.0) == float)

# id-free identity checks
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c)

# Integer caching is an implementation detail; equality is what matters
print(1000 + 1 == 1001, "ab" + "c" == "abc")

# globals() and locals()
G = 5
def loc():
    x = 1
    return sorted(locals().items())
print(loc(), globals()["G"], "loc" in globals())
