# List/set/dict comprehensions and generator expressions inside hot loops.
def main(n):
    total = 0
    out = []
    for i in range(n):
        sq = [j * j for j in range(i % 7)]
        ev = {j % 4 for j in range(i % 9)}
        dd = {j: j + i for j in range(i % 5)}
        g = sum(j for j in range(i % 6) if j % 2)
        total += sum(sq) + len(ev) + sum(dd.values()) + g
        if i % 500 == 0:
            out.append((sq, sorted(ev), dd, g))
    return total, out

def comp_big(n):
    vals = [2**62 + i for i in range(n)]
    doubled = [v * 2 for v in vals]
    neg = [-v - v for v in vals]
    return doubled[:2], doubled[-1], neg[-1], sum(doubled) - sum(vals) * 2

def comp_closure(n):
    k = 3
    res = []
    for i in range(n):
        res.append(max(x * k for x in range(i % 4 + 1)))
        if i == n // 2:
            k = 5
    return sum(res), res[:5], res[-5:]

def nested_comp(n):
    return sum(len([(a, b) for a in range(i % 4) for b in range(a)]) for i in range(n))

print(main(3000))
print(comp_big(3000))
print(comp_closure(3000))
print(nested_comp(3000))
