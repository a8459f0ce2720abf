a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[5:2], a[100:], a[-100:2], a[3:3])
b = a[:]
print(b == a, b is a)
b[0] = 99
print(a[0], b[0])
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(5)
print(nested, shallow, nested[0] is shallow[0])
print(a[slice(2, 9, 3)], a[slice(None)], a[slice(-2, None)])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1.5:]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a["x"]
except TypeError as e:
    print(type(e).__name__, e)
print(a[2 ** 70:], a[-(2 ** 70):3])
