# range(a, b, step) with negative, zero-length and odd steps in hot code.
def run(start, stop, step):
    s = 0
    c = 0
    last = "unset"
    for last in range(start, stop, step):
        s += last
        c += 1
    return s, c, last

def hot(cases, reps):
    out = []
    for start, stop, step in cases:
        r = None
        for _ in range(reps):
            r = run(start, stop, step)
        out.append(r)
    return out

cases = [
    (0, 3000, 1), (3000, 0, -1), (0, 3000, 7), (3000, -3000, -13),
    (5, 5, 1), (10, 0, 1), (0, 10, -1), (-5, 5000, 3), (2999, -1, -2),
    (0, 1, 1), (-2**62, -2**62 + 4000, 1), (2**63 - 5000, 2**63 - 1, 2),
    (-2**63, -2**63 + 3000, 1), (2**63 - 2000, -2**63, -2**62),
]
for row in hot(cases, 3):
    print(row)

def step_zero():
    for i in range(3000):
        pass
    try:
        for j in range(0, 10, 0):
            pass
    except ValueError as e:
        print("step zero:", e, i)

step_zero()

def inner_zero_len(n):
    trace = []
    j = "before"
    for i in range(n):
        for j in range(i % 3 - 1):
            pass
        if i % 500 < 3:
            trace.append((i, j))
    return trace

print(inner_zero_len(3000))
