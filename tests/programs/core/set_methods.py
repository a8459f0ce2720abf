s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s))
s.discard(10)
s.discard(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove((1, 2))
except KeyError as e:
    print(type(e).__name__, e)
p = s.pop()
print(p, s)
t = s.copy()
t.add(100)
print(s, t)
s.update([7, 8], {9})
print(s)
s.clear()
print(s, len(s), bool(s))
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
words = "the quick brown fox jumps over the lazy dog the end".split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq))
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups)
print(set("hello") == set("olleh"), sorted(set("mississippi")))
print({1, 2}.isdisjoint({3}), {1, 2}.isdisjoint([2]))
