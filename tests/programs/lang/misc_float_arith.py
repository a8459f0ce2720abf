vals = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-10, 123.456, 1e22, 1e23, 9007199254740993.0, 0.1 + 0.2]
for v in vals:
    print(repr(v), float(repr(v)) == v, v.as_integer_ratio()[1] & (v.as_integer_ratio()[1] - 1) == 0)
print(0.1 + 0.2, 0.1 * 3, 1.1 + 2.2, 3.3 - 1.1, 1.15 * 100, 0.57 * 100, 1 - 0.9, 4.35 * 100)
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 5e-324 * 0.5, 2.0 ** 1023 * 2 == float("inf"))
print(7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2, divmod(-7.5, 2))
print(float("0.1") == 0.1, 0.1 == 1 / 10, 3 * 0.1 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 1e16 + 2.0, 1e16 + 1.0 + 1.0, (1e16 + 1.0) + 1.0 == 1e16)
print(float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex("0x0.0000000000001p-1022"))
print(2.5 .hex(), (1 / 3).hex(), float("1e-400"), float("-1e-400"), float("1e400"))
print(-0.0, 0.0 == -0.0, str(-0.0), repr(0.0 * -1), 1 / float("inf"), -1 / float("inf"))
import math
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(int(0.9999999999999999), int(-0.9999999999999999), int(1e15 + 0.3), 0.5 .is_integer())
# Comparisons of floats with big ints are exact
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(float(2 ** 53 + 1), float(2 ** 54 + 3), float(-(2 ** 63) + 1))
# Rounding to nearest representable
for text in ["0.1", "0.30000000000000004", "2.675", "1.0000000000000002", "1.00000000000000011", "123456789.123456789"]:
    print(text, repr(float(text)))
# Accumulated error
total = 0.0
for _ in range(1000):
    total += 0.001
print(total, math.fsum([0.001] * 1000), round(total, 6))
# Mean and variance
data = [2.5, 3.5, 1.25, 4.75, 3.0]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / len(data)
print(mean, var, var ** 0.5, math.sqrt(var))
print(float.__name__, (1.5).__class__.__name__, type(1e3).__name__, 1e3, 1E-3, 1_000.5, .5, 5.)
