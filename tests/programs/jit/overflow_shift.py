# Shifts: left shifts out of i64, big shift counts, right shifts of big and
# negative numbers, negative shift counts.
def lshift(n):
    out = []
    for i in range(n):
        k = i % 70
        v = 1 << k
        w = -3 << k
        out.append(v ^ w)
        if i % 211 == 0:
            print(i, k, v, w)
    return sum(out)

def rshift(n):
    x = -2**70 - 12345
    s = 0
    for i in range(n):
        k = i % 80
        s += x >> k
        s += (2**63 - 1) >> k
        s += -1 >> k
        if i % 173 == 0:
            print(i, k, x >> k, (-2**63) >> k)
    return s

def big_counts(n):
    s = 0
    for i in range(n):
        s += 5 >> (60 + i % 10)
        s += (-5) >> (60 + i % 10)
        s += 0 << (i % 200)
    return s

def neg_count(n):
    caught = 0
    for i in range(n):
        try:
            v = 1 << (i - n + 3)
        except ValueError as e:
            caught += 1
            if caught == 1:
                print("err", i, e)
    print("caught", caught)
    for i in range(n):
        try:
            v = 8 >> (i - n + 3)
        except ValueError as e:
            if i == 0:
                print("rerr", e)

print(lshift(3000))
print(rshift(3000))
print(big_counts(3000))
neg_count(3000)
