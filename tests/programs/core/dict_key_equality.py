# 1, 1.0 and True are equal with equal hashes: one key, first key object kept
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), d[1], d[1.0], d[True])
e = {True: "a"}
e[1] = "b"
e[1.0] = "c"
print(e)
f = {1.0: "x", 1: "y", True: "z"}
print(f)
g = {0: "zero"}
g[False] = "false"
g[0.0] = "f0"
g[-0.0] = "neg"
print(g)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0) == hash(-0.0))
print(hash(2 ** 70) == hash(float(2 ** 70)), hash(-1), hash(-2), hash(10), hash(2.5) == hash(2.5))
h = {2 ** 70: "big"}
print(h[float(2 ** 70)])
k = {}
k[5] = 1
del k[5.0]
print(k)
m = {1: "a", 2: "b"}
print(m.get(2.0), 2.0 in m, True in m, m.pop(True))
print(m)
n = dict.fromkeys([1, 1.0, True, 2, 2.0])
print(n)
print({1: 1, 1.0: 2}, {(1, 2): 0, (1.0, 2.0): 1})
