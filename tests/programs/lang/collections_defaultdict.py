from collections import defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["a"], dd["missing"], len(dd))
print(dd.default_factory, "zzz" in dd, dd.get("yyy"), "yyy" in dd)

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["z"], dict(counts))

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
nested["x"]["z"] += 2
print({k: dict(v) for k, v in nested.items()})

def tree():
    return defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["d"] = 2
def to_dict(x):
    return {k: to_dict(v) for k, v in x.items()} if isinstance(x, defaultdict) else x
print(to_dict(t))

none_dd = defaultdict()
try:
    none_dd["k"]
except KeyError as e:
    print(type(e).__name__, e)
print(none_dd.default_factory)

sets = defaultdict(set)
sets["s"].add(1)
sets["s"].add(1)
sets["t"]
print(sorted((k, sorted(v)) for k, v in sets.items()))

dd2 = defaultdict(str, {"pre": "existing"})
dd2["new"] += "added"
print(dd2, isinstance(dd2, dict), type(dd2).__name__)

c = dd.copy()
c["a"].append(99)
print(dd["a"], c.default_factory is list)

try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)

# Grouping words by length
words = "the quick brown fox jumps over the lazy dog".split()
by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))

# __missing__ only via [] not get
dd3 = defaultdict(lambda: "default")
print(dd3.get("x"), dd3["x"], dd3.get("x"), dd3.setdefault("y", "sd"), dict(dd3))
