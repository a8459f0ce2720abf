# str/repr of floats round-trip through float()
vals = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e-7, 123.456, 2.5e-310, 1.7976931348623157e308,
        9007199254740993.0, 0.1 + 0.2, 100.0, 1e23, 8.41e21, 5e-324, 4.9406564584124654e-324,
        0.000123, 3.0e-5, 1.23456789e-8]
ok = 0
for v in vals:
    s = str(v)
    r = repr(v)
    back = float(s)
    print(s, r == s, back == v)
    if back == v:
        ok += 1
print(ok, len(vals))
# accumulate small steps
t = 0.0
for i in range(10):
    t += 0.1
print(t, t == 1.0, round(t, 10) == 1.0)
x = 1.0
for i in range(60):
    x /= 2
print(x, x * 2 ** 60)
print(float(str(2 ** 0.5)) == 2 ** 0.5)
print(sum([0.1] * 10), sum([0.5] * 4), sum([1e100, 1.0, -1e100]))
print(0.1 * 3 == 0.3, repr(0.1 * 3), str(1.0 * 3))
print(round(1.23456, 3), round(-1.23456, 1), round(1234.5, -1), round(0.125, 2), round(0.375, 2))
print(float.__name__, type(1.5) is float, isinstance(1.5, (int, float)))
