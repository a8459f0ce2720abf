# bitwise ops use two's complement semantics with infinite sign extension
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ -1)
print(-6 & 5, -6 | 5, -6 ^ 5)
print(-6 & -5, -6 | -5, -6 ^ -5)
print(6 & -5, 6 | -5, 6 ^ -5)
print(-(2 ** 70) & 0xFFFF, -(2 ** 70) | 1, (2 ** 70 - 1) ^ -1)
print(-1 & (2 ** 100), (2 ** 100 + 5) & -2)
print((2 ** 64 + 3) | (2 ** 65), (2 ** 64) ^ (2 ** 64))
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(bin(10), bin(-10), hex(255), hex(-255), oct(8), oct(-8))
print(bin(2 ** 65), hex(-(2 ** 64)))
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
