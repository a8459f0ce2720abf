# float exponentiation and mixed arithmetic
print(2.0 ** 10, 2 ** 10.0, 2.0 ** -1, 9 ** 0.5, 0.0 ** 0, 0.0 ** 2, (-2.0) ** 3, (-2.0) ** 2)
print(1.5 ** 2, 10.0 ** 3, 10 ** -2, 2.0 ** 0.5 * 2.0 ** 0.5)
print(pow(2.0, 3), pow(4, 0.5), pow(2, -2.0))
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(1 + 2.0, 3 - 1.0, 2 * 1.5, 7 / 1, 3 * 0.1, 0.1 * 3.0)
print(type(1 + 2.0).__name__, type(2 * 3).__name__, type(6 / 3).__name__)
print(abs(-2.5), abs(2.5), -(-2.5), +2.5)
print(1.5 + True, 2.5 * False)
print(10 ** 20 + 0.5, 2 ** 64 * 1.0)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(3.0.is_integer(), 3.5.is_integer(), (2.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print(int(2.0 ** 60), int(1e15 + 0.5))
