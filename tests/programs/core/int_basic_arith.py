# Basic small-int arithmetic and operator precedence
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a, +a, -(-a))
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 3 - 2, 100 // 10 // 3, 2 * 3 % 4)
x = 7
x += 3
print(x)
x -= 1
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 10
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x |= 1
print(x)
x &= 0xF0
print(x)
x ^= 0xFF
print(x)
# literals
print(0x1F, 0o17, 0b1011, 1_000_000, 0xdead_beef)
print(0, -0, 00, 0_0)
# divmod
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(abs(-12), abs(0), abs(12))
# int is exact
print(10 ** 18 + 1 - 10 ** 18)
print(7 / 7, type(7 / 7).__name__)
print(int.__name__, type(3) is int)
# unary on expressions
print(~5, ~-1, ~0, -~5)
print(3 == 3, 3 != 3, 3 < 4, 3 <= 3, 3 > 4, 3 >= 4)
print(1 < 2 < 3, 1 < 3 < 2, 5 > 4 == 4)
