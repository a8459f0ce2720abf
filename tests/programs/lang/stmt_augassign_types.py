ops = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]
for left, right in [(17, 5), (-17, 5), (17, -5)]:
    results = []
    for op in ops:
        ns = {"v": left}
        try:
            exec(f"v {op} {right}", ns)
            results.append(ns["v"])
        except ValueError as e:
            results.append(str(e))
    print(left, right, results)
for left, right in [(7.5, 2), (-7.5, 2.0)]:
    results = []
    for op in ops[:7]:
        ns = {"v": left}
        exec(f"v {op} {right}", ns)
        results.append(ns["v"])
    print(left, right, results)

s = "ab"
s += "cd"
s *= 2
print(s)
l = [1]
alias = l
l += [2]
l *= 2
print(l, alias, l is alias)
t = (1,)
ta = t
t += (2,)
t *= 2
print(t, ta)
st = {1, 2, 3}
sa = st
st |= {4}
st &= {2, 3, 4}
st -= {3}
st ^= {9, 2}
print(sorted(st), sa is st)
d = {"a": 1}
da = d
d |= {"b": 2}
print(d, da is d)
b = b"x"
b += b"y"
b *= 3
print(b)
ba = bytearray(b"q")
bb = ba
ba += b"r"
print(ba, bb is ba)
n = 2
n **= 100
n //= 3 ** 20
n %= 10 ** 9
n <<= 2
n >>= 1
n ^= 0xFF
n |= 1
n &= ~2
print(n)
x = 10
x /= 4
print(x, type(x).__name__)
z = 1
z += True
print(z, type(z).__name__)
c = 1 + 2j
c *= 1j
print(c)
try:
    q = "a"
    q -= "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    fr = frozenset([1])
    before = fr
    fr |= {2}
    print(sorted(fr), fr is before, sorted(before))
except TypeError as e:
    print(type(e).__name__, e)
