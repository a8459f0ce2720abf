for v in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 70), 123456789]:
    print(v, hex(v), oct(v), bin(v))
print(hex(True), bin(False))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("1")
except TypeError as e:
    print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()))

# Round trips
for v in [0, 99, -99, 2 ** 80]:
    print(int(hex(v), 16), int(oct(v), 8), int(bin(v), 2), int(hex(v), 0))

# float.hex / fromhex
print((1.0).hex(), (0.5).hex(), (-2.75).hex(), (0.1).hex(), (0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))

# Bit operations
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1, -5 >> 1, -5 << 2, 1 << 100, (1 << 100) >> 99)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length(), (255).bit_count(), (-7).bit_count())
print(-1 & 0xFF, -256 & 0xFF, ~0, ~-1, -(2 ** 70) & (2 ** 8 - 1), (2 ** 70) | 1)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(1 >> 1000, -1 >> 1000)

# int literals
print(0xFF, 0o17, 0b1010, 1_000_000, 0x_ff, 0b_1_0)
