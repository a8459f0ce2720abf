def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k in range(n + 1) if is_prime[k]]
primes = sieve(200)
print(len(primes), primes[:10], primes[-5:])
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True
print([n for n in range(50) if is_prime(n)] == sieve(49))
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
for n in [1, 2, 12, 360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143]:
    print(n, factorize(n))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins[:8])
goldbach = {}
for even in range(4, 41, 2):
    for p in primes:
        if even - p in primes:
            goldbach[even] = (p, even - p)
            break
print(goldbach)
def mersenne_check(p):
    m = 2 ** p - 1
    s = 4
    for _ in range(p - 2):
        s = (s * s - 2) % m
    return p == 2 or s == 0
print([p for p in primes[:25] if mersenne_check(p)])
