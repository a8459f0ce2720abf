from collections import Counter
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], c.most_common(2), c.most_common()[-1], len(c), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=1).elements()))
c2 = Counter({"a": 1, "b": 5, "x": 2})
print(c + c2)
print(c - c2)
print(c & c2)
print(c | c2)
print(-Counter(a=2, b=-3), +Counter(a=2, b=-3, c=0))
c.update("aaz")
print(c)
c.subtract({"a": 10, "q": 1})
print(c)
print(+c)
c3 = Counter(["x", "y", "x"])
c3["y"] += 5
c3["new"] = 0
print(c3, c3.most_common(1))
del c3["new"]
print(c3, "new" in c3)
print(Counter() == Counter(), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
print(Counter(a=3, b=1) >= Counter(a=1))
words = "the cat sat on the mat the end".split()
wc = Counter(words)
print(wc.most_common(3), sum(wc.values()), sorted(wc))
print(Counter({"a": 3, "b": 3, "c": 3}).most_common(), Counter("aabbbc").most_common(0))
print(dict(Counter("hello")), Counter(dict(x=1)) + Counter(x=-1))
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__, e)

# Anagram check
def anagram(a, b):
    return Counter(a.replace(" ", "").lower()) == Counter(b.replace(" ", "").lower())
print(anagram("Dormitory", "dirty room"), anagram("abc", "abd"))

# Multiset operations keep only positive counts
inv = Counter(apple=3, pear=1)
order = Counter(apple=5, pear=1)
print(order - inv, inv - order, (inv - order) or "nothing missing")
