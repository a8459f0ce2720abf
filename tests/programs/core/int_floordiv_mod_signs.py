# floor division and modulo: Python rounds toward negative infinity
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (6, -3), (-6, -3),
         (0, 5), (0, -5), (1, 10), (-1, 10), (1, -10), (-1, -10), (13, 13), (-13, 13)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a // b * b + a % b == a)
# big operands
print(-(10 ** 20) // 3, -(10 ** 20) % 3)
print((10 ** 20) // -3, (10 ** 20) % -3)
print(-(10 ** 20) // -3, -(10 ** 20) % -3)
print(7 // (10 ** 20), -7 // (10 ** 20), -7 % (10 ** 20))
# errors
for a, b in [(1, 0), (-1, 0), (0, 0), (10 ** 20, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("//", type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("%", type(e).__name__, e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("divmod", type(e).__name__, e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("/", type(e).__name__, e)
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print("//=", e)
try:
    x %= 0
except ZeroDivisionError as e:
    print("%=", e)
print(x)
# true division of ints
print(7 / 2, -7 / 2, 7 / -2, 1 / 3, 2 / 3, 10 / 5, -0 / 5)
print(10 ** 20 / 10 ** 19, (2 ** 64) / 2)
