class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for x in Countdown(2):
    print("for", x)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
a, b, c2 = Countdown(3)
print(a, b, c2)
print(3 in Countdown(5), 9 in Countdown(5))

# Iterable that returns a fresh iterator each time
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), [x * y for x in r for y in r])

# Old-style sequence iteration via __getitem__
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([*Seq()])))
it = iter(Seq())
print(type(it).__name__, next(it), next(it))

# __iter__ returning non-iterator
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Not iterable
class NoIter:
    pass
try:
    for _ in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ = None blocks iteration
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(Blocked())
except TypeError as e:
    print(type(e).__name__, e)

# Iterator exhaustion is permanent for builtin iterators
it = iter([1, 2])
print(list(it), list(it))

# Modifying list during iteration
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)

# dict changed size during iteration
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
