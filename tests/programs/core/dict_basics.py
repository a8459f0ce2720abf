d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
del d["a"]
print(d)
d["a"] = 100
print(d, list(d))
e = {}
print(e, len(e), bool(e), bool(d))
print({1: "one", 2.5: "two and half", None: "none", (1, 2): "tuple", True: "true?"})
x = {i: i * i for i in range(6)}
print(x)
print({k: v for k, v in x.items() if v % 2 == 0})
count = {}
for ch in "mississippi":
    count[ch] = count.get(ch, 0) + 1
print(count)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = [1, 2]
print(nested, nested["a"]["b"]["d"][1])
d2 = {"x": 1}
d3 = d2
d3["y"] = 2
print(d2 is d3, d2)
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 2} != {1: 3})
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
m = {"a": 1} | {"b": 2, "a": 3}
print(m)
m |= {"c": 4}
print(m)
for k in d:
    print(k, d[k], end="; ")
print()
