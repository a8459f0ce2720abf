# Assignment expressions in loop conditions and comprehensions.
def consume(data):
    i = 0
    out = []
    while (chunk := data[i:i + 7]) and i < len(data):
        out.append(sum(chunk))
        i += 7
    return len(out), out[:3], out[-3:], chunk

def halve(n):
    steps = 0
    while (n := n // 2) > 0:
        steps += 1
    return steps, n

def scan(n):
    total = 0
    k = 0
    while (k := k + 1) < n:
        if (sq := k * k) % 7 == 1:
            total += sq
    return total, k, sq

def comp(n):
    vals = [y for x in range(n) if (y := x * x % 97) > 90]
    return len(vals), vals[:5], y

def overflow_walrus(n):
    x = 1
    c = 0
    while (x := x * 3) < 2**100:
        c += 1
    return c, x

print(consume(list(range(3000))))
print(halve(2**200))
print(scan(3000))
print(comp(3000))
print(overflow_walrus(0))
