f100 = 1
for i in range(1, 101):
    f100 *= i
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)), str(f100).count("0"))
print(2 ** 256, -(2 ** 255), 2 ** 256 - 1 == (1 << 256) - 1)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b, b // a, b % a, divmod(-b, a), a - b, -a // 7, -a % 7)
print(a ** 3, pow(a, 5, 10 ** 9 + 7), pow(a, -1, 10 ** 9 + 7))
print(a & b, a | b, a ^ b, ~a, a >> 40, a << 40, -a >> 3)
print(a == a + 0, a < b, abs(-a) == a, max(a, b, -b), sorted([b, -a, a, 0]))
print(int("1" * 60) % 97, int("-" + "9" * 40) // 10 ** 30, hex(a), oct(b)[:10], bin(a).count("1"))
print(str(10 ** 100)[:5], repr(-(10 ** 25)), f"{2 ** 100:e}", float(2 ** 100), 2 ** 100 / 2 ** 98)
print(round(a, -10), round(-a, -28), a // 10 ** 10 * 10 ** 10)

# Fibonacci with big ints
x, y = 0, 1
for _ in range(300):
    x, y = y, x + y
print(x, x.bit_length())

# GCD by hand on big numbers
def gcd(p, q):
    while q:
        p, q = q, p % q
    return p
print(gcd(2 ** 200 * 3 ** 50, 6 ** 120), gcd(a, b))

# Modular exponentiation by squaring vs pow
def modpow(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result
print(modpow(7, 10 ** 30, 10 ** 12 + 39), pow(7, 10 ** 30, 10 ** 12 + 39))

# Integer square root by Newton
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 50), isqrt(2 * 10 ** 40), isqrt(10 ** 50) ** 2 == 10 ** 50)

# Digits of pi via Machin-like formula with big ints
def arccot(x, unity):
    total = term = unity // x
    n, sign = 3, -1
    x2 = x * x
    while term:
        term //= x2
        total += sign * (term // n)
        sign, n = -sign, n + 2
    return total
def pi_digits(d):
    unity = 10 ** (d + 10)
    pi = 4 * (4 * arccot(5, unity) - arccot(239, unity))
    return str(pi // 10 ** 10)
print(pi_digits(60))
print(int.__name__, (2 ** 64).bit_count(), (-(2 ** 64)).bit_length(), (10 ** 20).to_bytes(9, "big").hex())
