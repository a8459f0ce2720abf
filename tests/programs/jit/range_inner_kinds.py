# An outer hot loop creates inner loops over ranges of very different kinds
# (small, empty, negative step, big-int bounds, lists): each inner loop must
# count exactly.
def main(n):
    kinds = [
        lambda i: range(i % 5),
        lambda i: range(0),
        lambda i: range(10, 0, -3),
        lambda i: range(2**64, 2**64 + 3),
        lambda i: [1, 2, 3],
        lambda i: range(2**63 - 2, 2**63 + 1),
        lambda i: range(-2**63 - 1, -2**63 + 2),
        lambda i: "ab",
    ]
    totals = [0] * len(kinds)
    lasts = [None] * len(kinds)
    for i in range(n):
        k = i % len(kinds)
        c = 0
        x = None
        for x in kinds[k](i):
            c += 1
        totals[k] += c
        lasts[k] = x
    return totals, lasts

def same_var(n):
    out = []
    for i in range(n):
        r = range(i % 3) if i % 2 else range(2**63, 2**63 + i % 3)
        s = 0
        for v in r:
            s += v % 1000
        if i % 400 < 4:
            out.append((i, s))
    return out

print(main(3000))
print(same_var(3000))
