# List element assignment, negative indexes and IndexError at the end.
def prefix(n):
    a = [0] * n
    a[0] = 1
    for i in range(1, n):
        a[i] = a[i - 1] + 1
    return a[:3], a[-3:]

def fib_list(n):
    f = [0, 1]
    for i in range(2, n):
        f.append(f[-1] + f[-2])
    return f[-1] % 1000000007, len(f), f[92], f[93]

def negative(n):
    a = list(range(n))
    s = 0
    for i in range(1, n + 1):
        s += a[-i] * i
        a[-i] = -a[-i]
    return s, a[:3], a[-3:]

def overrun(n):
    a = [1] * n
    i = 0
    try:
        while True:
            a[i] += i
            i += 1
    except IndexError as e:
        print("overrun", i, sum(a), e)
    try:
        for j in range(n + 5):
            a[j] = j
    except IndexError as e:
        print("assign", j, e)
    try:
        for j in range(n + 5):
            a[-j - 1] = 0
    except IndexError as e:
        print("negative", j, e)

def swaps(n):
    a = list(range(n))
    for i in range(n // 2):
        a[i], a[n - 1 - i] = a[n - 1 - i], a[i]
    return a[:4], a[-4:]

def big_index(n):
    a = [0] * 10
    c = 0
    for i in range(n):
        try:
            a[2**63 + i] = 1
        except IndexError as e:
            c += 1
            msg = str(e)
    return c, msg

print(prefix(3000))
print(fib_list(3000))
print(negative(3000))
overrun(3000)
print(swaps(3000))
print(big_index(3000))
