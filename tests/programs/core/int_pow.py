# exponentiation
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 1 ** -5)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print(3 ** 40)
print((-7) ** 23)
print(10 ** 50)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2, -8 ** 2)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7))
print(pow(7, 0, 5), pow(0, 0))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(0, -2))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 1.5, 3))
except TypeError as e:
    print(type(e).__name__, e)
x = 3
x **= 4
print(x)
x **= -1
print(x)
print(2 ** 62, 2 ** 63, 2 ** 64)
print(11 ** 18, 11 ** 19)
print((2 ** 100) ** 2 == 2 ** 200)
print(0 ** 0.0, 0.0 ** 0, 1.0 ** 1e300)
