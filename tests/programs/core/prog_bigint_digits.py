# big-integer workouts: digit sums, factorial trailing zeros, collatz, pascal rows
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(len(str(f100)), sum([int(d) for d in str(f100)]))
s = str(f100)
print(len(s) - len(s.rstrip("0")))
print(2 ** 1000 % 10 ** 10, sum([int(d) for d in str(2 ** 1000)]))
a, b, idx = 1, 1, 2
while len(str(b)) < 100:
    a, b = b, a + b
    idx += 1
print(idx, str(b)[:15])
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
row = [1]
for _ in range(60):
    row = [x + y for x, y in zip([0] + row, row + [0])]
print(row[30], sum(row) == 2 ** 60, row[:4])
n = 2 ** 127 - 1
print(n, pow(3, n - 1, n) == 1)
print(int("9" * 50) + 1 == 10 ** 50, -(10 ** 50) // 3, (10 ** 50) % 97)
x = 12345678901234567890
print(x * x, x * -x, x // 1234567, x % 1234567, divmod(-x, 987654321))
