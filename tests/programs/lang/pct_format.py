print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d|%+5d" % (42, 42, 42, 42, 42, -42))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-10, 1e20))
print("%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, 48879))
print("%c%c%c %c" % (72, 105, 33, "Z"))
print("100%% sure, %s%%" % 50)
print("%s %s" % ([1, 2], (3,)))
print("%s" % (("tuple",),))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Bob", "age": 25})
print("%(x)5.1f|%(x)-8.2f|" % {"x": 2.5})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % "single", "%s" % 5, "%r" % None, "%d" % 3.99, "%d" % True, "%s" % True)
print("%a" % "é", "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%i" % -0, "%.0f" % 0.5, "%.0f" % 1.5, "%.3g" % 1234.5, "%#.3g" % 1.0, "%g" % 100000, "%g" % 1000000)
print("%x" % -255, "%o" % -8, "%d" % (2 ** 70), "%x" % (2 ** 70), "%e" % (2 ** 70))
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")), "%5.1f|" % float("inf"))
print("% 05d|%-05d|%+05d" % (42, 42, 42))
print("%s and %s" % ("a", "b"), "%s" % [])
print(b"%d %s %x" % (5, b"bytes", 255), b"%c" % 65, b"%5b|" % b"ab")

class WithStr:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
print("%s %r" % (WithStr(), WithStr()))

# Errors
tests = [
    ("%d", "x"),
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%(k)s", ("x",)),
    ("%(k)s", {}),
    ("%z", 1),
    ("%c", "ab"),
    ("%c", 0x110000),
    ("%", ()),
    ("%x", 1.5),
    ("%*d", ("a", 1)),
]
for fmt, args in tests:
    try:
        print(repr(fmt), fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)

# % with a dict when no mapping keys used
print("%s" % {"a": 1})
print("no specs" % ())
try:
    print("no specs" % 5)
except TypeError as e:
    print(type(e).__name__, e)
print("no specs" % {"ignored": 1})
print("no specs" % [])
