# locals() inside a hot loop: a fresh snapshot each call (PEP 667).
def main(n):
    out = []
    a = 0
    b = 1.5
    for i in range(n):
        a += i
        b *= 1.0001
        snap = locals()
        if i % 600 == 0:
            out.append((snap["i"], snap["a"], round(snap["b"], 6), sorted(snap)))
    return out

def snapshot_is_copy(n):
    x = 0
    for i in range(n):
        d = locals()
        d["x"] = 999
        x += 1
    return x

def overflow_seen(n):
    v = 2**63 - 1500
    last = None
    for i in range(n):
        v += 1
        if i % 500 == 0:
            last = locals()["v"]
            print(i, last, last - 2**63)
    return v

for row in main(3000):
    print(row)
print(snapshot_is_copy(3000))
print(overflow_seen(3000))
