# Integer loops over a list: a sieve of Eratosthenes.
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    total = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            total += k
    return count, total


limit = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
print(sieve(limit))
