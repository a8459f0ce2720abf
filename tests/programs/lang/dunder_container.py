class Grid:
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", key))
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if key not in self.data:
            raise KeyError(key)
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]
    def __contains__(self, key):
        self.log.append(("contains", key))
        return key in self.data
    def __len__(self):
        return len(self.data)

g = Grid()
g[1, 2] = "a"
g[0] = "b"
print(g[1, 2], g[0], len(g))
print(g[1:5], g[::2], g[1:2:3], g[:])
print((1, 2) in g, 5 in g, 5 not in g)
del g[0]
try:
    del g[99]
except KeyError as e:
    print(type(e).__name__, e)
try:
    g["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(g.log)

# Extended slices and tuples of slices
class Echo:
    def __getitem__(self, k):
        return k
e = Echo()
print(e[1], e[1, 2], e[1:2, 3], e[...], e[:, ::-1], e["a"], e[()])
print(e[1:2].indices(10), slice(None, None, -1).indices(5), slice(-3, None).indices(5))

# __contains__ fallback to __iter__, then __getitem__
class ByIter:
    def __iter__(self):
        print("  iterating")
        return iter([1, 2, 3])
print(2 in ByIter(), 7 in ByIter())

class ByGetitem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i
print(3 in ByGetitem(), 8 in ByGetitem())

# __contains__ result coerced to bool
class Truthy:
    def __contains__(self, x):
        return [x]
print(1 in Truthy(), 1 not in Truthy())

# __setitem__ missing
class ReadOnly:
    def __getitem__(self, k):
        return k
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print(type(e).__name__, e)

# Builtin index errors
try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1,)[-3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "ab"[2]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1][1] = 2
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst1 = [1]
    lst1["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s3 = "abc"
    s3[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[3]
except IndexError as e:
    print(type(e).__name__, e)
