for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (2 ** 100, 7), (-(2 ** 100), 7)]:
    print(a, b, divmod(a, b), a // b, a % b, (a // b) * b + a % b == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.1), (-0.0, 1), (5, 0.5), (1e300, 1e-300)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(True, 2), 7 % 2.5, -7 % 2.5, 5.5 // 1, -5.5 // 1, 1 % float("inf"), -1 % float("inf"))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)

print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(0.0, 0))
print(pow(2, 100), pow(3, 20, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(5, 0, 1), pow(7, 123456789, 1000))
print(pow(3, -1, 7), pow(2, -1, 9), pow(38, -1, 97), pow(3, -2, 7), pow(-3, -1, 7))
print((pow(3, -1, 7) * 3) % 7, pow(10, -3, 17))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 0.5, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(type(pow(-8, 1 / 3)).__name__, type((-8) ** 0.5).__name__, (-4) ** 0.5 == 2j or abs((-4) ** 0.5 - 2j) < 1e-12)
print(2 ** 0.5, 10 ** -2, 10 ** 2, (-1) ** 2, (-1) ** 3, 0 ** 0, 2 ** 64)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__)
print(pow(base=2, exp=5), pow(2, 5, mod=3))

# Integer true division results
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 ** 53 / 1, (2 ** 53 + 1) / 1, 10 ** 30 / 10 ** 10)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) // (10 ** 399), (10 ** 400) / (10 ** 399))
