cases = [ValueError(), ValueError("a"), ValueError("a", 1), ValueError(""), ValueError(None),
         ValueError(1), ValueError(["l"]), ValueError(("t",)), KeyError("k"), KeyError(),
         KeyError("a", "b"), KeyError(1), KeyError(""), IndexError("list index out of range"),
         Exception("it's"), Exception('say "hi"'), RuntimeError("line\nbreak"), ZeroDivisionError(0),
         SystemExit(3), SystemExit("msg"), SystemExit(), StopIteration(5), OSError("os")]
for e in cases:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
e = ValueError("x", "y")
e.args = ("replaced",)
print(e, repr(e))
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, StopIteration(7).value)
print([ValueError("in list")], {"k": KeyError("v")})
try:
    raise TypeError("a", "b", 3)
except TypeError as err:
    print(err, err.args[2])
