print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], r.start, r.stop, r.step, r.index(11), r.count(7))
print(7 in r, 8 in r, 7.0 in r, "7" in r, list(r), sum(r), max(r), min(r))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), range(2) == [0, 1])
print(len(range(-5, 5, 3)), list(range(-5, 5, 3)), list(range(5, -5, -3)))
big = range(10 ** 20)
print(big.stop == 10 ** 20, big[10 ** 19], 10 ** 19 + 7 in big, big[-1])
print(bool(range(0)), bool(range(1)), list(reversed(range(1, 4))), range(5)[::2])
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(5)[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(5).index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
for i in range(3):
    print("iter", i, end="; ")
print()
print([i * i for i in range(1, 6)], list(zip(range(3), range(10, 13))))
print(hash(range(3)) == hash(range(0, 3, 1)), {range(3): "r"}[range(0, 3)])
class I:
    def __index__(self):
        return 4
print(list(range(I())), range(10)[I()])
