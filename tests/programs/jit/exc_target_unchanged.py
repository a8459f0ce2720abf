# An assignment whose right-hand side raises leaves its target unchanged;
# handlers inside and after compiled loops see the previous values.
def main(n):
    data = [1, 2, 3, 4.5, 0, "s"]
    x = 0
    f = 0.5
    big = 2**63 - 10
    log = []
    for i in range(n):
        try:
            x = x + 100 // data[i % 6]
            f = f + data[i % 6] * 0.5
            big = big + 1
            big = big + data[i % 6]
        except (ZeroDivisionError, TypeError) as e:
            if i < 20 or i % 600 < 6:
                log.append((i, type(e).__name__, x, f, big))
    return log, x, f, big

def outer(n):
    v = 1
    try:
        for i in range(n):
            v = v * 2 % 1000003
            v = v // (n - 2000 - i)
    except ZeroDivisionError:
        print("outer", i, v)

def float_target(n):
    y = 1.0
    try:
        for i in range(n):
            y = y + 1.0
            y = y / (1500 - i)
    except ZeroDivisionError as e:
        print("float", i, y, e)

r = main(3000)
for row in r[0]:
    print(row)
print(r[1:])
outer(3000)
float_target(3000)
