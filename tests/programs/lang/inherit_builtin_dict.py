class Default(dict):
    def __missing__(self, key):
        return "missing:" + str(key)

d = Default(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, len(d))

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

c = Counter()
for w in "a b a c b a".split():
    c[w] += 1
print(sorted(c.items()))

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value

ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad, type(ad).__name__)
try:
    ad.z
except AttributeError as e:
    print(type(e).__name__, e)

class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["abc"] = 1
u.update({"def": 2})  # update bypasses __setitem__
print(u)

class Repr(dict):
    def __repr__(self):
        return "R(" + ", ".join("%s=%r" % kv for kv in self.items()) + ")"
print(Repr(a=1, b="x"))
print(dict(Repr(a=1)), Repr(a=1) == {"a": 1})

# keys() and iteration of subclass
class Rev(dict):
    def __iter__(self):
        return iter(sorted(super().keys(), reverse=True))
r = Rev(a=1, c=3, b=2)
print(list(r), list(r.keys()), [k for k in r])

# __missing__ is not used by get or in
class M(dict):
    def __missing__(self, k):
        return 42
m = M()
print(m[1], m.get(1, "no"), 1 in m, m.setdefault(2, 5), m)
