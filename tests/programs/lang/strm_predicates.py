samples = ["abc", "ABC", "Abc1", "123", "12.5", "-5", " ", "\t\n", "", "abc def", "½", "²", "٣", "Ⅷ",
           "éclair", "_id", "id1", "1id", "class", "a-b", "x\u0301", "\u00a0", "MiXeD", "日本"]
for s in samples:
    print(repr(s).ljust(12), [
        s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
        s.isspace(), s.isidentifier(), s.islower(), s.isupper(), s.isascii(), s.isprintable(),
    ])

print("\x07".isprintable(), "tab\t".isprintable(), "é".isascii(), "~".isascii())

# Digit conversion with int/float
for s in ["١٢٣", "٣.٥", "  42  ", "+7", "-0", "1_000", "0x1f", "1e3", "½"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        try:
            print(repr(s), "float", float(s))
        except ValueError as e2:
            print(repr(s), type(e2).__name__, e2)

# int with bases
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0b101", 0), int("0o17", 0), int("z", 36), int("  -10  ", 2))
print(int("1_0", 0), int("10", 0), int("0", 0))
for bad in ["010", "0x", "_1", "1__0", "0b2"]:
    try:
        print(int(bad, 0))
    except ValueError as e:
        print(type(e).__name__, e)
