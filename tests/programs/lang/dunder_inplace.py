class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(%r)" % (self.v,)
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __add__(self, o):
        return Acc(self.v + o + 1000)

a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
a *= 3
print(a, a is orig)

# Fallback to __add__ when __iadd__ missing
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)

# __iadd__ returning NotImplemented falls back to __add__
class Fallback:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("  iadd declined")
        return NotImplemented
    def __add__(self, o):
        return Fallback(self.v + o)
f = Fallback(10)
f += 1
print(f.v)

# __iadd__ returning something else rebinds name
class Odd:
    def __iadd__(self, o):
        return "replaced"
o = Odd()
o += 1
print(o)

# On attributes and subscripts
class Holder:
    def __init__(self):
        self.acc = Acc(0)
        self.n = 1
h = Holder()
h.acc += 4
h.n += 4
h.n **= 2
h.n //= 3
h.n %= 5
h.n <<= 3
h.n >>= 1
h.n |= 1
h.n &= 7
h.n ^= 2
print(h.acc, h.n)

d = {"k": [1], "n": 5}
d["k"] += [2]
d["n"] -= 10
d["n"] /= 2
print(d)

lst = [1, 2, 3]
lst[1] *= 10
lst[-1] += 1
print(lst)

# Subscript evaluated once
calls = []
def key():
    calls.append("key")
    return 0
def target():
    calls.append("target")
    return lst
target()[key()] += 100
print(lst, calls)

# Tuples: += creates new tuple; list inside tuple quirk
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tl)

# Strings
s = "ab"
s += "cd"
s *= 2
print(s)

# Augmented assignment on an undefined name
def f2():
    try:
        undefined_local += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f2()
