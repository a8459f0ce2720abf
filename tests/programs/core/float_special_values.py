# inf, nan and negative zero arithmetic
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf, inf + ninf, inf * inf)
print(nan + 1, nan * 0, -nan, abs(ninf), abs(-0.0), abs(nan))
print(inf > 1e308, ninf < -1e308, inf == inf, ninf == -inf)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
z = -0.0
print(z, -z, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, 0.0 - 0.0)
print(z == 0, str(z), repr(-0.0 * 5), 1 / inf, -1 / inf)
print(round(-0.4), round(-0.4, 0), round(0.5), round(-0.5))
print(min(0.0, -0.0), max(0.0, -0.0), min(-0.0, 0.0), max(-0.0, 0.0))
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan))
print(inf ** 0, nan ** 0, 1 ** nan, 1 ** inf, 2 ** inf, 0.5 ** inf, 2 ** ninf)
# overflow in float ** raises (message text comes from the C library, so not printed)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__)
try:
    print(1e300 * 1e300, 2.0 ** 1023 * 2)
except OverflowError as e:
    print("no overflow for *", e)
print(bool(nan), bool(0.0), bool(-0.0), bool(inf))
print(int(-0.0), float(-0), str(-0.0 + 0))
print(1e-323 / 2, 5e-324 / 2, 5e-324 * 0.5)
