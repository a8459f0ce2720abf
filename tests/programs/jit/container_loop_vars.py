# List/tuple/dict values in loop variables and accumulators.
def main(n):
    acc = []
    t = ()
    d = {}
    cur = [0]
    for i in range(n):
        cur = cur + [i] if len(cur) < 5 else [i]
        t = (i, t[0] if t else None)
        d = {"k": i, "prev": d.get("k")}
        if i % 500 == 0:
            acc.append((cur, t, d))
    return acc, cur, t, d

def swap(n):
    a, b = [1], (2,)
    for i in range(n):
        a, b = b, a
        if i % 1000 == 0:
            print(i, a, b)
    return a, b

def mixed_var(n):
    x = 0
    out = []
    for i in range(n):
        m = i % 4
        if m == 0:
            x = i
        elif m == 1:
            x = [i]
        elif m == 2:
            x = (i, i)
        else:
            x = {i: i}
        if i % 501 == 0:
            out.append(x)
    return out, x

for item in main(3000)[0]:
    print(item)
print(swap(3001))
print(mixed_var(3000))
