vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1.2345e22, 2.5, 0.125, 100.0]
specs = ["", "f", ".2f", ".0f", "10.3f", "<10.2f", "^10.1f", "+.1f", " .1f", "e", ".3e", "E",
         "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.1f", "012.3f", "#.0f", "#g", "r"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("ERR:" + str(e))
    print(repr(v), out)

# Banker's-like rounding in formatting (round-half-even on the binary value)
print([format(x, ".0f") for x in (0.5, 1.5, 2.5, 3.5, -0.5, -2.5)])
print([format(x, ".1f") for x in (0.05, 0.15, 0.25, 0.35, 2.675)])
print(format(2.675, ".2f"), format(1.005, ".2f"), format(0.1, ".20f"))

# str() / repr() of floats
for v in [0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308,
          0.1 + 0.7, 100.0, 3.0e-10, -1e22, 1e22, 12345.678e10]:
    print(repr(v), str(v), f"{v}")

# 'z' option normalizes negative zero (3.11+)
print(format(-0.0, "z.1f"), format(-0.0001, "z.2f"), format(-0.0001, ".2f"))

# Alternate forms
print(format(1.0, "#.0e"), format(1.0, "#g"), format(123.0, "g"), format(123.0, "#.5g"))

# Large precision
print(format(1 / 3, ".30f"), format(2 ** 0.5, ".17g"))

# Conversions that reject floats
for spec in ["d", "x", "c", "b", "n5"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
