# Arbitrary-precision integers
print(2 ** 100)
print(-2 ** 100)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 64))
p = 1
for i in range(1, 31):
    p *= i
print(p)
q = 1
for i in range(1, 51):
    q = q * i
print(q)
print(q // p)
print(q % 1000000007)
print(-q // 7, -q % 7)
print(q - q, q - q == 0, type(q - q).__name__)
big = 10 ** 30
print(big + 1, big - 1, big * big)
print(big // 3, big % 3, -big // 3, -big % 3)
print(big // -7, big % -7)
print(big / 10 ** 10)
print(big == 10 ** 30, big > 10 ** 29, big < -big, -big)
print(12345678901234567890123456789 * 98765432109876543210)
print(2 ** 200 // 2 ** 199)
print(3 ** 80)
print((-3) ** 81)
print(abs(-(10 ** 25)))
print(divmod(10 ** 25 + 7, 10 ** 12))
print(divmod(-(10 ** 25) - 7, 10 ** 12))
# mixing big and small
small = 5
print(big + small, small - big, small * big, big // small)
# big back to small
print((2 ** 100) // (2 ** 98), (2 ** 100) >> 99)
print(len(str(2 ** 1000)))
print(str(7 ** 77)[:20], str(7 ** 77)[-20:])
print(int("123456789012345678901234567890") + 1)
print(-(2 ** 127) | 1, (2 ** 127) & (2 ** 127 - 1), (2 ** 70) ^ (2 ** 69))
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
# fibonacci grows big
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print(a)
print(max(2 ** 100, 2 ** 99), min(-(2 ** 100), 5))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]))
