# One function with a hot loop called with ints, then floats, big ints,
# strings and lists: every entry must see its own types.
def accumulate(start, step, n):
    x = start
    for i in range(n):
        x = x + step
    return x

def scale(v, n):
    s = v
    k = 0
    while k < n:
        s = s * 1
        s = s + v - v
        k += 1
    return s

calls = [
    (0, 1), (0, 2.5), (2**63 - 1500, 1), (0.5, 1), ("", "ab"),
    ([], [1]), (0, 1), (True, True), (-2**63 + 1500, -1), (0, -0.0),
    (1.5, 2**60), (0, 1),
]
for start, step in calls:
    r = accumulate(start, step, 2000)
    if isinstance(r, (str, list)):
        r = (type(r).__name__, len(r))
    print(repr(start)[:12], repr(step), r)
for v in (7, 7.5, 2**70, -0.0, float("inf")):
    print(scale(v, 2000))
for rep in range(3):
    print(rep, accumulate(rep, rep, 3000), accumulate(float(rep), rep, 3000))
