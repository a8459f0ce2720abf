# true division and the float ZeroDivisionError messages
print(1 / 2, 3 / 4, -3 / 4, 1.0 / 3, 7.5 / 2.5, -7.5 / 2.5)
print(10 / 4, 10 / 5, 0 / 3, 0 / -3, -0.0 / 3, 5 / 0.5)
print(1e308 / 1e-10, 1e-300 / 1e300)
print(float("inf") / 2, 1 / float("inf"), -1 / float("inf"))
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("1 // 0", lambda: 1 // 0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("1 // 0.0", lambda: 1 // 0.0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 % 0", lambda: 1.0 % 0),
    ("1 % 0.0", lambda: 1 % 0.0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("divmod(1, 0.0)", lambda: divmod(1, 0.0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0 ** -1.0", lambda: 0 ** -1.0),
    ("0.0 ** -2.5", lambda: 0.0 ** -2.5),
    ("-0.0 ** -1", lambda: (-0.0) ** -1),
    ("big / 0.0", lambda: 2 ** 100 / 0.0),
    ("True / False", lambda: True / False),
    ("inf / 0", lambda: float("inf") / 0),
]
for name, fn in cases:
    try:
        print(name, "=", fn())
    except ZeroDivisionError as e:
        print(name, "->", type(e).__name__, e)
x = 1.5
try:
    x /= 0
except ZeroDivisionError as e:
    print("/=", e)
try:
    x //= 0.0
except ZeroDivisionError as e:
    print("//=", e)
try:
    x %= 0
except ZeroDivisionError as e:
    print("%=", e)
print(x)
print(isinstance(ZeroDivisionError(), ArithmeticError))
