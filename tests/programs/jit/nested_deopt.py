# Deoptimizations in the middle of inner loops of nested hot loops: the
# inner and outer counters and accumulators must resume exactly.
def main(rows, cols):
    total = 0
    log = []
    for i in range(rows):
        acc = 0
        for j in range(cols):
            acc += j * i
            if (i * cols + j) % 997 == 0:
                acc += 2**63        # overflow: leaves native code
                acc -= 2**63
            if (i + j) % 1013 == 0:
                acc = acc + 0.0     # type change
                acc = int(acc)
        total += acc
        if i % 10 == 0:
            log.append((i, j, acc, total))
    return total, i, j, log

def triple(n):
    c = 0
    x = 0
    for a in range(n):
        for b in range(a % 7):
            for k in range(b + 1):
                c += 1
                x = x * 3 + k
                if x > 2**62:
                    x = x % 1000
    return c, x, a, b, k

def inner_break(n):
    found = []
    for i in range(n):
        for j in range(2, i):
            if i % j == 0:
                break
        else:
            if i > 1:
                found.append(i)
    return len(found), found[-3:], j

total, i, j, log = main(60, 500)
print(total, i, j)
for row in log:
    print(row)
print(triple(200))
print(inner_break(1500))
