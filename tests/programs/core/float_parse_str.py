# float() from strings
good = ["1.5", " 1.5 ", "-2", "+3.25", "1e3", "1E-3", ".5", "5.", "-.5e1", "inf",
        "-inf", "+inf", "INF", "infinity", "-Infinity", "nan", "NaN", "-nan",
        "1_000.5", "0.1", "1e500", "-1e500", "1e-500", "00012.50", "\t\n7\n",
        "123456789012345678901234567890", "16"]
for s in good:
    print(repr(s), float(s))
bad = ["x", "", " ", "1.5.5", "1e", "e5", "1_", "_1", "1__0", "0x10", "inf inity",
       "- 1", "1,5", "nan(1)", "--1", "1e5e5"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
print(float(), float(3), float(-0), float(True), float(2.5))
print(str(float("0.30000000000000004")), float("0.30000000000000004") == 0.1 + 0.2)
