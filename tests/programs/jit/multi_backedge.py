# Loops with several back-edges (continue statements): the path that gets
# hot first is not the loop's last back-edge; values change type on the
# other paths.
def main(n):
    s = 0
    x = 0
    i = 0
    while i < n:
        i += 1
        if i % 10:
            s += i
            continue
        if i % 100 == 0:
            x = x + 0.5
            continue
        x = x * 2 if x < 2**70 else 1
        s -= 1
    return s, x, i

def for_continue(n):
    a = 0
    b = []
    for i in range(n):
        if i % 7 != 3:
            a += i
            continue
        if i % 1001 == 3:
            a = a * 2**64
            continue
        b.append(a % 1000)
        a = a // 3
    return a, b[:5], b[-5:], len(b)

def nested_continue(n):
    hits = 0
    for i in range(n):
        for j in range(5):
            if (i + j) % 3:
                continue
            hits += j
            if hits > 2**20:
                hits = hits - 2**20 + 0.25
        else:
            continue
    return hits

print(main(3000))
print(for_continue(3000))
print(nested_continue(3000))
