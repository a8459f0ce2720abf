from collections import OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zzz")
except KeyError as e:
    print(type(e).__name__, e)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"y": 2, "x": 1})
print(OrderedDict.fromkeys("abc", 0), list(reversed(o1)), o1 | {"z": 3})
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        if k in self.data:
            self.data.move_to_end(k)
        self.data[k] = v
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evict", evicted)

cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"))
cache.put("c", 3)
print(cache.get("b"), cache.get("c"), list(cache.data))
cache.put("a", 10)
cache.put("d", 4)
print(list(cache.data.items()))

# setdefault / pop / update preserve order semantics
od = OrderedDict(a=1)
od.setdefault("b", 2)
od.update([("c", 3), ("a", 100)])
print(od, od.pop("b"), od)
print(isinstance(od, dict), type(od).__name__)
