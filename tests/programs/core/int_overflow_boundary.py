# Results that cross the i64 boundary must promote to big ints exactly
MAX = 9223372036854775807
MIN = -9223372036854775808
print(MAX == 2 ** 63 - 1, MIN == -(2 ** 63))
print(MAX + 1)
print(MIN - 1)
print(MAX + MAX)
print(MIN + MIN)
print(MAX * 2)
print(MAX * MAX)
print(MIN * -1)
print(-MIN)
print(abs(MIN))
print(MIN // -1)
print(MIN % -1)
print(divmod(MIN, -1))
print(MAX - MIN)
print(MIN - MAX)
print(1 << 63, 1 << 64, 1 << 62)
print(-1 << 63, -1 << 64)
print(3 << 62)
print(MAX << 1, MIN << 1)
print((1 << 63) >> 1, (1 << 63) >> 63, (1 << 63) >> 64)
print(4611686018427387904 * 2)
print(4611686018427387904 * -2)
print(3037000500 * 3037000500)
print(3037000499 * 3037000499)
print(-3037000500 * 3037000500)
print(2 ** 63, 2 ** 62 * 2, 2 ** 31 * 2 ** 32)
x = MAX
x += 1
print(x, x - 1, x - 1 == MAX)
y = MIN
y -= 1
print(y, y + 1 == MIN)
# results returning into range
print((MAX + 1) - 1, type((MAX + 1) - 1).__name__)
print((MAX + 10) // 2)
print(~MAX, ~MIN)
print(MAX ** 2)
print(MIN ** 3)
print(10 ** 19, 10 ** 18 * 10, 999999999999999999 * 10)
acc = 1
for i in range(70):
    acc = acc * 2
print(acc)
acc = 0
for i in range(20):
    acc = acc + MAX
print(acc)
print(sum([MAX, 1]), sum([MIN, -1]))
print(MAX + 1 > MAX, MIN - 1 < MIN, MAX + 1 == 2 ** 63)
print(-MAX - 1 == MIN, -(MAX + 1) == MIN)
print(int(str(MAX + 1)), int(str(MIN - 1)))
