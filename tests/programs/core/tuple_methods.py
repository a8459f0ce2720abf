t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(7), t.count(1.0), t.index(2), t.index(2, 2), t.index(1, -2))
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.index(3, 0, 2)
except ValueError as e:
    print(type(e).__name__, e)
print(len(t), min(t), max(t), sum(t), sorted(t), list(reversed(t)))
print(tuple(enumerate("ab")), tuple(zip((1, 2), "xy")))
print(repr((1,)), str(("a", 'b"')), repr(((),)), ((1, 2), [3]))
def pair():
    return 1, 2
r = pair()
print(r, type(r).__name__)
print(t[1:4], t[::2], t[-1:-3:-1], t[10:])
