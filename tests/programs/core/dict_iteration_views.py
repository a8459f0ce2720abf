d = {"one": 1, "two": 2, "three": 3}
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(len(d.keys()), "one" in d.keys(), 2 in d.values(), ("two", 2) in d.items(), ("two", 3) in d.items())
ks = d.keys()
d["four"] = 4
print(ks, len(ks))
for k, v in d.items():
    print(k, v)
print(sorted(d), sorted(d.values(), reverse=True), sorted(d.items(), key=lambda kv: kv[1]))
print(list(reversed(d)), list(reversed(d.values())))
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
for k in list(d):
    if d[k] == 0:
        del d[k]
print(d)
print(sorted(d.keys() & {"two", "zzz"}), d.keys() == {"two", "three", "four"})
print(list(enumerate(d)))
