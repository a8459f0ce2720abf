r = range(10)
print(r, range(0, 10, 2), range(5, 1, -1), range(3, 3), range(-5, 5))
print(len(r), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)), len(range(-5, 5, 4)))
print(r[0], r[-1], r[3], range(0, 10, 3)[-1], range(10, 0, -2)[2])
print(list(range(5)), list(range(2, 8, 2)), list(range(8, 2, -2)), list(range(0)), list(range(5, 0)))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, 3.5 in r)
print(r[2:5], r[::2], r[::-1], range(0, 20, 3)[1:4], r[5:2])
print(range(0, 10, 2).index(4), range(10).count(3), range(10).count(10))
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(10).index(11)
except ValueError as e:
    print(type(e).__name__, e)
print(range(0) == range(2, 2), range(0, 5, 2) == range(0, 6, 2), range(3) == range(0, 3, 1), range(1) == [0])
print(r.start, r.stop, r.step, range(1, 9, 2).stop)
print(bool(range(0)), bool(range(1)), sum(range(101)), max(range(7)), min(range(3, 9)))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
print(list(reversed(range(1, 10, 3))), sorted(range(3), reverse=True))
