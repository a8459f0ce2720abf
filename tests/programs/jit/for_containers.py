# for over lists, tuples, strings, dicts, sets of ints and generators.
def over_list(a):
    s = 0
    for x in a:
        s += x
    return s, x

def over_tuple(t):
    s = 0
    for x in t:
        s = s * 31 + x
        s %= 2**61
    return s

def over_str(text):
    counts = [0] * 26
    for ch in text:
        if "a" <= ch <= "z":
            counts[ord(ch) - 97] += 1
    return counts

def over_dict(d):
    keys = []
    s = 0
    for k in d:
        s += d[k]
        if k % 700 == 0:
            keys.append(k)
    vs = 0
    for k, v in d.items():
        vs += k * v
    for v in d.values():
        vs -= v
    return s, keys, vs

def gen(n):
    i = 0
    while i < n:
        yield i * i
        i += 1

def over_gen(n):
    s = 0
    for v in gen(n):
        s += v
    t = 0
    for v in (x * 3 for x in range(n) if x % 2):
        t += v
    return s, t

def list_grows(n):
    a = [0]
    for x in a:
        if len(a) < n:
            a.append(x + 1)
    return len(a), a[-1]

def over_set(n):
    s = set(range(0, n, 3))
    tot = 0
    for x in s:
        tot += x
    return tot, len(s)

print(over_list(list(range(3000))))
print(over_tuple(tuple(range(3000))))
print(over_str("the quick brown fox jumps over the lazy dog " * 80))
print(over_dict({i: i * i for i in range(3000)}))
print(over_gen(3000))
print(list_grows(3000))
print(over_set(6000))
