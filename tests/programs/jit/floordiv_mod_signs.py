# // and % with every sign combination, big ints and the MIN // -1 case.
MIN = -2**63

def table(n):
    acc = []
    for i in range(n):
        a = (i % 41) - 20
        b = (i % 13) - 6
        if b == 0:
            b = 7
        q = a // b
        r = a % b
        acc.append((q, r))
        if q * b + r != a:
            print("bad", a, b, q, r)
        if i % 257 == 0:
            print(i, a, b, q, r)
    return acc

def bigs(n):
    s = 0
    for i in range(n):
        a = 2**70 + i
        b = -(i % 7) - 1
        s += a // b + a % b
        s += (-a) // 3 + (-a) % 3
        s += 10**20 // (i + 1) - 10**20 % (i + 1)
    return s

def edge(n):
    out = []
    for i in range(n):
        d = -1 if i % 2 == 0 else 1
        out.append(MIN // d)
        out.append(MIN % d)
        out.append(divmod(MIN, d))
    return out

def mod_float(n):
    s = 0.0
    for i in range(n):
        a = (i % 11) - 5.5
        b = (i % 5) - 2.25
        s += a % b + a // b
        if i % 401 == 0:
            print(i, a, b, a % b, a // b)
    return s

t = table(3000)
print(t[:12], len(t))
print(bigs(3000))
e = edge(3000)
print(e[:6], e[-3:])
print(mod_float(3000))
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, -7 // -2, -7 % -2, 0 // -5, 0 % -5)
