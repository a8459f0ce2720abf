d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"b": 20, "e": 5})
d.update(f=6, g=7)
d.update([("h", 8)])
print(d)
print(d.popitem(), d)
cp = d.copy()
cp["a"] = "changed"
print(d["a"], cp["a"])
d.clear()
print(d)

# Constructors
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))

# Merge operators
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= b
print(a)
a |= [("w", 0)]
print(a)

# Insertion order preserved; update keeps position; delete + reinsert moves to end
o = {"one": 1, "two": 2, "three": 3}
o["one"] = 11
del o["two"]
o["two"] = 22
print(list(o), o)

# Equality ignores order
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {} == {})

# Keys of mixed types
m = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", frozenset([1]): "fs"}
print(m[1], m["1"], m[(1,)], m[None], m[2.5], m[frozenset([1])])

# Nested dicts
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)

# Counting idioms
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

# Errors
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e.args[0]))
try:
    {}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(["ab", "cde"])
except ValueError as e:
    print(type(e).__name__, e)
print(dict(["ab", "cd"]))

# get with unhashable key
try:
    {}.get([1])
except TypeError as e:
    print(type(e).__name__, e)
