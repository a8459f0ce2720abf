# int() of floats truncates toward zero; int() of bools
print(int(3.7), int(-3.7), int(0.9), int(-0.9), int(-0.0), int(1e10))
print(int(2.5), int(-2.5), int(1e20), int(-1e20))
print(int(123456789012345678.0))
print(int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971)
print(int(True), int(False), int(True) + 1)
print(int(7), int(-7), int(2 ** 70))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2))
print(round(7), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(float(7), float(-7), float(2 ** 70), float(True))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399)
print((10 ** 400) / (10 ** 399))
