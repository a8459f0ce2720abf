# int() from strings
print(int("42"), int("-42"), int("+7"), int("  12  "), int("\t\n 3 \n"))
print(int("1_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("101", 2), int("777", 8), int("-1010", 2))
print(int("12", 3), int(" -0x1F ", 16), int("1_0", 0))
print(int("123456789012345678901234567890"))
print(int("-99999999999999999999"))
print(int("٣"))  # Arabic-Indic digit three
print(int())
bad = ["x", "", " ", "1.5", "1e3", "1__0", "_1", "1_", "0x10", "- 1", "++1", "12a", "１２z"]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("g", 16)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("012", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("2", 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int("10", base=8), int("z", base=36))
