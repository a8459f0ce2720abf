# int(), float(), round() conversions in hot loops, including the errors.
def main(n):
    out = []
    s = 0
    for i in range(n):
        f = (i - n / 2) * 1.37
        k = int(f)
        r = round(f)
        r2 = round(f, 1)
        s += k + r
        if i % 500 == 0:
            out.append((f, k, r, r2, float(k), int(-0.9), round(2.5), round(-2.5)))
    return s, out

def big_floats(n):
    out = []
    x = 1.0
    for i in range(n):
        x *= 3.0
        if i % 40 == 0:
            out.append(int(x))
    return out[-2:]

def errors(n):
    msgs = []
    vals = [float("nan"), float("inf"), -float("inf"), 2**1024, 1e308]
    for i in range(n):
        v = vals[i % 5]
        try:
            if i % 5 == 3:
                w = float(v)
            elif i % 5 == 4:
                w = v * 10
            else:
                w = int(v)
        except (ValueError, OverflowError) as e:
            if i < 5:
                msgs.append((type(e).__name__, str(e)))
            continue
        if i < 5:
            msgs.append(w)
    return msgs

print(main(3000))
print(big_floats(600))
print(errors(3000))
