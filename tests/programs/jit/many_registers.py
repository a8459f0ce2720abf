# Many live int and float variables updated in one loop (more than machine
# registers), some of them overflowing.
def main(n):
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = 0
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = 1
    f0 = f1 = f2 = f3 = 0.5
    for i in range(n):
        a0 += i; a1 += a0; a2 ^= a1; a3 += a2 % 7
        a4 -= a3; a5 += a4 // 3; a6 = a5 - a6; a7 += a6 & 0xff
        b0 = b0 * 3 % 1000003; b1 += b0; b2 = b1 * 2**20; b3 = b2 + b3 % 11
        b4 = b3 * b3 % 997; b5 += b4; b6 = b5 << 40; b7 = b6 - b7 // 2
        f0 += 0.25; f1 = f0 * 1.5 - f1; f2 += f1 / 3; f3 = f2 - f0
        if i % 500 == 0:
            print(i, a0, a1, a2, a3, a4, a5, a6, a7)
            print(i, b0, b1, b2, b3, b4, b5, b6, b7)
            print(i, f0, f1, f2, f3)
    return a7, b7, f3

print(main(3000))
