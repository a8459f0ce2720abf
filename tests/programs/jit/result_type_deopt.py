# A variable filled by a call keeps one type for a long time, then the call
# starts returning other types.
def f(i):
    if i < 1500:
        return i
    if i < 2000:
        return i + 0.25
    if i < 2500:
        return 2**63 + i
    if i < 2700:
        return None
    return True

def main(n):
    out = []
    s = 0
    for i in range(n):
        x = f(i)
        if x is None:
            s += 1
        else:
            s += x
        if i % 300 == 0 or i in (1499, 1500, 1999, 2000, 2499, 2500, 2699, 2700):
            out.append((i, x, s))
    return out

def float_then_int(n):
    s = 0.0
    for i in range(n):
        v = float(i) if i < 2000 else i
        s = s + v
        w = v / 2
        if i % 500 == 0 or i in (1999, 2000):
            print(i, v, s, w)
    return s

def loads(n):
    d = {"k": 1}
    s = 0
    for i in range(n):
        v = d["k"]
        s += v * 2
        if i == 1000:
            d["k"] = 1.5
        if i == 2000:
            d["k"] = "s"
            break
    return s, v

for row in main(3000):
    print(row)
print(float_then_int(3000))
print(loads(3000))
