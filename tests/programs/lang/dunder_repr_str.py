class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both-str"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "only-str"

b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s.__str__())
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b}, {1: r})
print(f"{b} {b!r} {r} {r!s}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(format(b), format(r))

# str falls back to repr; repr does not fall back to str
print(str(r))
print(repr(s).startswith("<__main__.OnlyStr object at"))

# Returning non-strings
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

# Recursive containers
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)

# Builtin reprs
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\n"))
print(repr("\x00\x7f\u00e9\u2603"), ascii("\u00e9\u2603"), repr(b"\x00ab\xff'"))
print(repr(1.0), repr(1e16), repr(1.5e-7), repr(0.1 + 0.2), repr(-0.0), repr(1e300 * 1e10))
print(repr(None), repr(True), repr(...), repr(NotImplemented))
print(repr([1, "a", None]), repr((1,)), repr(()), repr(set()), repr({}), repr(frozenset()))
print(repr(range(5)), repr(range(1, 10, 2)), repr(slice(1, 2)), repr(slice(None)))
print(repr(int), repr(str), repr(ValueError), repr(KeyError("x")), repr(ValueError("a", 2)))
print(repr(type(None)), repr(object))

# str of nested user objects in containers uses repr
class P:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "P<%d>" % self.n
print(str([P(1), [P(2)]]), str((P(3),)))

# __repr__ inherited
class Q(P):
    pass
print(Q(9))

# repr of class instance inside a class method
class Self:
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(sorted(vars(self))))
z = Self()
z.b = 1
z.a = 2
print(z)
