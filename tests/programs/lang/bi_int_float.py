print(int(), int(3.99), int(-3.99), int("42"), int(" -42 "), int("+0"), int(True), int("1_000"), int(b"12"))
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("zz", 36), int("0x10", 16), int("-0b11", 0))
print(float(), float(3), float("3.5"), float(" -1e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_0.5"))
print(float(".5"), float("5."), float("1E5"), float(True), float(2 ** 60), float("0x1p3".replace("0x1p3", "8")))
for bad in ["", " ", "1 2", "1.0", "0x", "1e", "--1", "12a", "٣a"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "1..2", "e5", "1e", "nan!", "in f"]:
    try:
        print(repr(bad), float(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)

# float methods
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-0.1).as_integer_ratio())
print((3.0).__trunc__(), float.fromhex("0x1.4p+1"), (1.5).conjugate(), (1.5).real, (1.5).imag)

# int methods
print((10).bit_length(), (10).to_bytes(2, "big"), int.from_bytes(b"\x00\x10", "big"), (7).as_integer_ratio())
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate(), (-5).__abs__(), (6).is_integer())

# Float precision facts
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e16 + 1 == 1e16, 2 ** 53 + 1.0 == 2 ** 53)
print(1 / 3 * 3 == 1.0, 0.1 * 3, 1.1 * 1.1, 100 * 1.1, 3 * 0.1 == 0.3)
print(float(10 ** 308), 1e308 * 10, -1e308 * 10, 5e-324 / 2, 1e-320)
print(int(1e20), int(1.5e300) == 15 * 10 ** 299, int(1.5e300) % 10 ** 5)

# Mixed arithmetic types
print(type(1 + 1.0).__name__, type(1 + True).__name__, type(True + True).__name__, type(2 ** -1).__name__, type(4 // 2.0).__name__)
print(7 // 2.0, 7 % 2.0, -7 // 2.0, 7.0 // -2, 2 ** 0.5 * 2 ** 0.5, 10 / 4, 10 // 4)

# Large int arithmetic
a = 2 ** 200
b = 3 ** 120
print(a + b, a - b, a * b % 10 ** 20, a // b, a % b)
print(-a // 7, -a % 7, (a * b) // a == b, pow(a, 3) > b ** 3, len(str(a * b)))
print(10 ** 50 // 3, -(10 ** 50) // 3, 10 ** 50 % 7, str(-(2 ** 100))[:10])
import math
print(math.factorial(30), math.gcd(a, b), math.isqrt(a), math.isqrt(10 ** 41))
print(int(str(7 ** 77)) == 7 ** 77, int("9" * 50) + 1 == 10 ** 50)
