print(len(""), len("abc"), len("😀é"), len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({1: 2}))
print(len(set()), len({1, 2, 2}), len(range(5)), len(range(0, 100, 7)), len(range(5, 0, -1)), len("ab"))
for bad in [5, 1.5, None, True, len]:
    try:
        print(len(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(abs(5), abs(-5), abs(0), abs(-0), abs(-2.5), abs(2.5), abs(-0.0), abs(True), abs(False))
print(abs(-(2 ** 100)), abs(2 ** 100), abs(-9223372036854775808), abs(float("-inf")))
print(type(abs(-3)).__name__, type(abs(-3.0)).__name__, type(abs(True)).__name__)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(None)
except TypeError as e:
    print(type(e).__name__, e)
