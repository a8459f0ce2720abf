print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.5000001]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-2.5, 0))
print(round(3.14159, 3), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(1251, -2))
print(round(12345, -1), round(15, -1), round(25, -1), round(5, -1), round(-5, -1), round(7, 2), round(7, -5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, round(True))
print(round(1e300, 2), round(1.5e-300, 300) , round(float("inf"), 2), round(float("nan"), 1))
print(round(123.456, -1), round(123.456, -3), round(-0.4), round(-0.0, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
print(round(2 ** 70 + 0.0), round(10 ** 20 + 5, -1), round(-(10 ** 20) - 5, -1))

print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(3 + 4j), abs(True), abs(-(2 ** 100)), abs(float("-inf")))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)

# int() truncation vs round vs floor division
import math
for x in [2.7, -2.7, 2.5, -2.5]:
    print(x, int(x), round(x), math.floor(x), math.ceil(x), math.trunc(x), x // 1)

# sum / min / max
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([], 5))
print(sum([1, 2.5, True]), sum((x for x in range(5)), start=100))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max([1, 5], [2, 0]))
print(min([], default="empty"), max([], default=None), min([3, 1], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([1, -5, 3], key=abs))
print(max([1, 3, 3.0], key=int), max([3.0, 3]), min([0, -0.0]), max([(1, "b"), (1, "a")]))
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
