# float repr must be the shortest round-tripping string, CPython style
vals = [0.1, 0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-05, 0.0001, 1e-4,
        1.0, -1.0, 0.0, -0.0, 2.5e-310, 5e-324, 1.7976931348623157e308,
        1e22, 1e21, 1e17, 9999999999999998.0, 1234567890123456.7,
        0.3, 2.675, 1 / 3, 2 / 3, 100.0, 3.14159, 1e100, 1.5e-7, 12345.678,
        float("1e500"), float("-1e500"), 1e308 * 10, 0.5, 0.25, 0.125]
for v in vals:
    print(repr(v), str(v), v)
print(float("nan"), float("-nan"), -float("nan"))
print(float("inf"), float("-inf"), float("Infinity"), float("-iNF"))
print([0.1, -0.0, float("inf")], (1.5,), {1: 2.0})
print(1e16 - 1, 1e16 + 1, 2.0 ** 53, 2.0 ** 53 + 1, 2.0 ** 63, 2.0 ** 64)
print(4.35, 4.35 * 100, 0.1 * 3, 1.1 * 1.1, 3 * 1.1)
print(1 / 10, 1 / 7, 22 / 7, 1e-3 / 3)
print(10.0 ** 15, 10.0 ** 16, 10.0 ** -4, 10.0 ** -5)
print(float(2 ** 53), float(2 ** 53 + 1), float(10 ** 16))
print(0.1 + 0.7, 0.7 + 0.1, 1 - 0.9, 1.0 - 0.1)
print(-1.5e-300 * 1e-300, 1e-320, 1e-323)
