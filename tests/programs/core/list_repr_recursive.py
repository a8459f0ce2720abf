a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a), len(a), a[2] is a)
b = [[], [[]], [[], [[]]]]
print(b)
c = ["x"]
d = [c, c]
c.append(d)
print(d)
print(c)
t = ([],)
t[0].append(t)
print(t)
dct = {"k": []}
dct["k"].append(dct)
dct["self"] = dct
print(dct)
print([None, True, 1.0, "s", (1,), {}, [], {1: [2]}])
