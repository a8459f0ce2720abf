inf, nan = float("inf"), float("nan")
for v in [inf, -inf, nan, -nan]:
    print([format(v, s) for s in ["", "f", ".2f", "e", "g", "E", "F", "G", "%", "10", "<8", "+", "010", "^9"]])
print(str(inf), repr(-inf), str(nan), float("-inf"), float("NaN"), float("Infinity"), float("  -iNF  "))
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, inf == inf, nan != nan)
print(int(1e18), int(-1e-5), int(2.9), int(-2.9), float(10 ** 20), float("1_000.5"))

# Big ints
big = 3 ** 100
print(big, -big, format(big, ","), format(big, "_x"), format(big, "e"), format(big, ".5g"))
print(format(big, ">100").strip() == str(big), len(str(2 ** 1000)))
print(format(2 ** 64, "b"), format(2 ** 64 - 1, "X"), format(-(2 ** 64), "#o"))
print(f"{10**30:,}", f"{-10**30:_}", f"{10**30:.3e}", f"{2**100:40}|")

# Complex numbers formatting
c = 3 + 4j
print(c, format(c, ".2f"), format(c, "^20"), repr(-1j), repr(1 + 0j), repr(complex(0, 0)), complex("1+2j"))
print(abs(c), c.real, c.imag, c.conjugate(), c * 1j, (1 + 2j) / (3 - 4j))

# Strings with format specs
s = "hello"
print([format(s, spec) for spec in ["", "10", "<10", ">10", "^10", "*^11", ".3", "10.2", "s", "-^9"]])
try:
    format(s, "=10")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(s, "+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(s, "d")
except ValueError as e:
    print(type(e).__name__, e)

# format with None / lists uses str for empty spec
print(format(None), format([1, 2]), format((1,)))
try:
    format([1], "10")
except TypeError as e:
    print(type(e).__name__, e)
