d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("a", 50), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("a"), d.pop("zz", "default"), d.pop("n", None), d)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 10, "b": 22})
d.update([("y", 11), ("z", 12)])
d.update(w=13, b=222)
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
c = d.copy()
c["new"] = 1
print(len(d), len(c))
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []))
d.clear()
print(d)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
s = {"k": [1]}
s2 = s.copy()
s2["k"].append(2)
print(s)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
