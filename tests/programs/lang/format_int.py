vals = [0, 7, 42, 255, 65, -7, -255, 1234567, 2 ** 70, -(2 ** 70)]
specs = ["", "d", "5d", "<6d", ">6d", "^7d", "=+8d", "+d", " d", "-d", "08d", "x", "X",
         "#x", "#X", "o", "#o", "b", "#b", "010b", "#010x", ",", "_", "_x", "_b", ",d",
         "12,", "*^12,", "n", "c"]
for v in vals[:5]:
    print(v, [format(v, s) for s in specs])
for v in vals[5:]:
    print(v, [format(v, s) for s in specs if s != "c"])

# Float presentation types on ints
print(format(42, "f"), format(42, ".2e"), format(42, "%"), format(42, "g"), format(10 ** 20, "g"))
print(format(1234567, ".3g"), format(-42, "E"), format(42, ".1%"))

# Fill characters
print(format(42, "x>6"), format(42, "0<6"), format(42, "é^7"), format(-42, "0=6"), format(-42, "*=8"))
print(format(42, "{^8"), format(42, "}>5"))

# Zero-padding interaction with sign and prefix
print(format(-5, "05"), format(5, "+05"), format(-255, "#08x"), format(255, "+#010b"))

# Bool formats like int for numeric specs, str for empty
print(format(True, ""), format(True, "d"), format(False, "5"), format(True, "x"), f"{True:>6}")

# Errors
for spec in ["s", ".2d", ",x", "=s", "+c", "zd"]:
    try:
        print(format(42, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
try:
    format(0x110000, "c")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    format(-1, "c")
except OverflowError as e:
    print(type(e).__name__, e)
