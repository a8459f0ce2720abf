import sys
M = sys.maxsize
cases = [range(5), range(2, 9, 3), range(9, 2, -3), range(0), range(5, 1), range(-M - 1, M),
         range(M - 2, M + 5), range(-M - 1, M, 2), range(M, -M - 1, -1), range(10**20, 10**20 + 5),
         range(3, -3, -2), range(-M - 1, M, M), range(M - 1, M), range(-M - 1, -M + 2)]
for r in cases:
    try:
        n = len(r)
    except OverflowError as e:
        n = "OverflowError: %s" % e
    print(r, n, bool(r), r[0] if r else None, r[-1] if r else None, list(r[:3]), (M - 1) in r)
    count = 0
    for v in r:
        count += 1
        if count > 3:
            break
    print(" iterated", count, v if count else None)
