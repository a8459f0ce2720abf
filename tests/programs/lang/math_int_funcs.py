import math
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(2 ** 127))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(2, 3, 4), math.lcm(-4, 6))
print([math.factorial(n) for n in range(8)], math.factorial(25))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
for fn, args in [(math.isqrt, (-1,)), (math.factorial, (-1,)), (math.factorial, (2.5,)), (math.comb, (-1, 2)),
                 (math.comb, (5, -1)), (math.perm, (5, -2)), (math.gcd, (1.5, 2)), (math.isqrt, (2.0,))]:
    try:
        print(fn(*args))
    except (ValueError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)

# Integer-valued floor/ceil of large values
print(math.floor(1e20), math.ceil(-1e20), math.floor(10 ** 30), math.trunc(1e300) == int(1e300))
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print(type(e).__name__, e)

# Primality test using isqrt
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(60) if is_prime(n)])

# Pascal's triangle with comb
for n in range(6):
    print(" ".join(str(math.comb(n, k)) for k in range(n + 1)).center(20))
