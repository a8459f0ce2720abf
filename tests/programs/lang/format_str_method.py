print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format(*"abc"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
print("{p.real} {p.imag}".format(p=3 + 4j))
print("{0.__class__.__name__}".format(5))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:,} {:x} {:%}".format(3.14159, 5, 1234567, 255, 0.25))
print("{0:{1}}|{0:>{1}}|{2:.{3}f}".format("w", 6, 2.71828, 2))
print("{!r} {!s} {!a}".format("x", "y", "é"))
print("{0!r:>10}".format("q"))
print("{{}} {{{0}}}".format("in braces"))
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
print("{a[1][0]}".format(a=[0, ["deep"]]))
print("{0[-1]}".format({"-1": "string key for -1"}))
print("{0[a]}".format({"a": "string key"}))
print("{:d}".format(True), "{}".format(None), "{}".format([1, "a"]))

# format_map
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(Default(a=1)))

# Errors
tests = [
    ("{", ()),
    ("}", ()),
    ("{0", ()),
    ("{} {0}", (1, 2)),
    ("{0} {}", (1, 2)),
    ("{:z}", ("s",)),
    ("{0[}", ([1],)),
    ("{!x}", (1,)),
    ("{0.nope}", (1,)),
    ("{0[5]}", ([1],)),
    ("{a}", ()),
]
for fmt, args in tests:
    try:
        print(repr(fmt), fmt.format(*args))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)

# Automatic numbering with many fields
print("{}-{}-{}-{}-{}".format(*range(5)))

# Table formatting
rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
print("{:<10}{:>8}{:>6}".format("name", "price", "qty"))
for r in rows:
    print("{:<10}{:>8.2f}{:>6d}".format(*r))
