# The loop body rebinds the for-loop variable; the next iteration still
# takes the next item from the iterator.
def main(n):
    out = []
    for i in range(n):
        i = i * 2
        if i % 1000 == 0:
            out.append(i)
        i = "x"
    return out, i

def to_float(n):
    s = 0
    for i in range(n):
        s += i
        i = i / 2
        s += i
    return s, i

def big(n):
    s = 0
    for i in range(n):
        i += 2**63
        s += i % 1000
    return s, i

def two_loops(n):
    s = 0
    for i in range(n):
        s += i
    t = 0.0
    for i in [0.5] * n:
        t += i
    for i in "abc" * n:
        pass
    return s, t, i

print(main(3000))
print(to_float(3000))
print(big(3000))
print(two_loops(3000))
