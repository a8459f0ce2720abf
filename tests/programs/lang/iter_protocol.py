class Trace:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print("  __iter__")
        return iter(self.items)

t = Trace([3, 1, 2])
print("for:")
for x in t:
    pass
print("unpack:")
a, b, c = t
print(a, b, c)
print("star:")
first, *rest = t
print(first, rest)
print("in:")
print(1 in t)
print("list/tuple/set/sorted/sum/min/max:")
print(list(t), tuple(t), sorted(set(t)), sorted(t), sum(t), min(t), max(t))
print("enumerate/zip/map/filter:")
print(list(enumerate(t)), list(zip(t, t)), list(map(str, t)), list(filter(None, t)))
print("join/dict/any/all:")
print(",".join(map(str, t)), dict(zip(t, "abc")), any(t), all(t))
print("call unpack:")
print(*t)
print("extend:")
lst = [0]
lst.extend(t)
lst += t
print(lst)
print("str.join with generator, yield from, comprehension:")
print([x for x in t])

# Iterators returned by builtins
for obj in ([1], (1,), "a", {1: 2}, {1}, range(1), b"a", bytearray(b"a"), {1: 2}.items(), {1: 2}.values()):
    it = iter(obj)
    print(iter(it) is it, next(it))

# reversed iterators
print(list(reversed("abc")), list(reversed(range(3))))

# Iterator objects from map/zip/filter/enumerate are single-use
m = map(abs, [-1, -2])
print(list(m), list(m))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))

# Unpacking errors from iterators
try:
    a, b = iter([1, 2, 3])
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = iter([1])
except ValueError as e:
    print(type(e).__name__, e)

# Generators with side effects and unpacking order
def gen():
    for i in range(3):
        print("  yield", i)
        yield i
x, y, z = gen()
print(x, y, z)

# iter over dict while iterating a copy
d = {1: "a", 2: "b"}
for k in list(d):
    del d[k]
print(d)

# String iteration yields 1-char strings; bytes yields ints
print(list("ab"), list(b"ab"), list(bytearray(b"\x00\xff")))
