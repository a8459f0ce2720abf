# for ... else and while ... else around hot loops.
def find(seq, target):
    for i in range(len(seq)):
        if seq[i] == target:
            print("found", target, "at", i)
            break
    else:
        print("no", target)
        i = -1
    return i

def while_else(n, stop):
    k = 0
    while k < n:
        k += 1
        if k == stop:
            break
    else:
        print("while finished", k)
        return k
    print("while broke", k)
    return -k

def primes(n):
    ps = []
    for c in range(2, n):
        for p in ps:
            if p * p > c:
                ps.append(c)
                break
            if c % p == 0:
                break
        else:
            ps.append(c)
    return ps

data = list(range(0, 9000, 3))
find(data, 2997)
find(data, 2998)
find(data, 0)
while_else(3000, 5000)
while_else(3000, 2500)
p = primes(3000)
print(len(p), p[-5:])
