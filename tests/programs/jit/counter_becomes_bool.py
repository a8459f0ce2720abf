# A loop counter becomes a bool mid-loop (bools are ints in arithmetic).
def main(n):
    c = 0
    trace = []
    for i in range(n):
        if i == 1500:
            c = True
        c = c + 1 if i != 1500 else c
        if i % 300 == 0 or 1498 <= i <= 1502:
            trace.append((i, c, type(c).__name__))
    return trace

def flag_count(n):
    f = False
    total = 0
    for i in range(n):
        f = not f
        total += f
        total += f * 2
        if i % 777 == 0:
            print(i, f, total, f + f, -f, f // 1, f / 1)
    return total

def while_bool(n):
    k = 0
    while k < n:
        k += 1
        if k == n // 2:
            k = True + k
    return k, type(k).__name__

def int_to_bool(n):
    x = 5
    out = []
    for i in range(n):
        x = x > 3 if i % 1000 == 999 else i
        if i % 1000 >= 998 or i % 1000 == 0:
            out.append((i, x))
    return out

for t in main(3000):
    print(t)
print(flag_count(3000))
print(while_bool(3000))
print(int_to_bool(3000))
