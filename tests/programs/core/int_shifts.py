# shifts
print(1 << 0, 1 << 1, 1 << 10, 5 << 3, -5 << 3)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3, -1 >> 10, -1 >> 1000)
print(1 >> 1, 1 >> 100, 0 >> 5, 0 << 100)
print(1 << 100)
print((1 << 100) >> 100, (1 << 100) >> 37)
print(-(1 << 100) >> 1)
print(7 << 64, -7 << 64)
print(123456789 << 40)
print((3 << 200) >> 199)
print(-17 >> 2, -17 // 4)
for n in [-1, -5, -(10 ** 20)]:
    try:
        print(1 << n)
    except ValueError as e:
        print("<<", type(e).__name__, e)
    try:
        print(1 >> n)
    except ValueError as e:
        print(">>", type(e).__name__, e)
try:
    1.0 << 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 2.0
except TypeError as e:
    print(type(e).__name__, e)
x = 3
x <<= 70
print(x)
x >>= 69
print(x)
print(True << 2, 5 >> True)
print(10 ** 20 >> 10 ** 5, -(10 ** 20) >> 10 ** 5)
