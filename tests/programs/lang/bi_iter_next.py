it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

# iter(callable, sentinel)
data = [5, 4, 3, 0, 9]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)))
print(pos)

counter = iter(range(10).__iter__().__next__, 4)
print(list(counter))

class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)
    def __call__(self):
        return self.rolls.pop(0)
print(list(iter(Dice([3, 5, 6, 2, 6, 1]), 6)))

# sentinel compared with ==
print(list(iter(iter([1.0, 2.0, 3.0]).__next__, 2)))

try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration:
    print("empty")
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)

# Callable iterator stops forever after sentinel
calls = [0]
def tick():
    calls[0] += 1
    return calls[0] % 3
ci = iter(tick, 0)
print(list(ci), list(ci), calls)

# next with default on generators
def gen():
    yield 1
g = gen()
print(next(g, "a"), next(g, "b"), next(g, "c"))

# iter on iterator returns itself
it = iter("xy")
print(iter(it) is it, list(it))

# iter of dict views and strings
d = {"a": 1, "b": 2}
print(list(iter(d)), list(iter(d.values())), next(iter(d.items())))
