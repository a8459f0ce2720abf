d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(k, len(v))

# Set operations on keys and items views
d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 20, "c": 3, "d": 4}
print(sorted(d1.keys() & d2.keys()), sorted(d1.keys() | d2.keys()), sorted(d1.keys() - d2.keys()), sorted(d1.keys() ^ d2.keys()))
print(sorted(d1.items() & d2.items()), sorted(d1.items() - d2.items()))
print(d1.keys() & {"a", "zz"} == {"a"}, d1.keys() == {"a", "b", "c"}, d1.keys() <= {"a", "b", "c", "d"})
print(d1.keys().isdisjoint({"x"}), d1.keys().isdisjoint(["a"]))
print(type(d1.keys() & d2.keys()).__name__)

# values views don't support set ops / equality by content
try:
    d1.values() & d2.values()
except TypeError as e:
    print(type(e).__name__, e)
print(d1.values() == d1.values())

# Reversed views
print(list(reversed(d1.keys())), list(reversed(d1.values())), list(reversed(d1.items())))

# Iterating items with unpacking
for key, val in d1.items():
    print(key, "=>", val)

# Modifying dict while iterating a view
try:
    for key in d1.keys():
        d1[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)

# Iterating over a copy of keys allows deletion
d3 = {i: i * i for i in range(6)}
for key in list(d3):
    if key % 2:
        del d3[key]
print(d3)

# Views of empty dict
e = {}
print(list(e.keys()), list(e.values()), list(e.items()), bool(e.keys()))

# mapping attribute on views
print(d1.keys().mapping is not None, dict(d1.items()) == d1)

# sorted views by value
scores = {"ann": 90, "bob": 72, "cat": 90, "dan": 85}
print(sorted(scores, key=scores.get, reverse=True))
print(max(scores.items(), key=lambda kv: kv[1]), min(scores.values()))
