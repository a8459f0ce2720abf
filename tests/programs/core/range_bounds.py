# range objects keep machine-int bounds when they fit and big ints otherwise;
# both must behave the same.
r = range(10**20, 10**20 + 10, 3)
print(r, len(r), r[1], r[-1], 10**20 + 3 in r, r[1:3], list(r))
print(range(True), range(5)[::-1], range(1, 10, 2) == range(1, 11, 2), range(0) == range(5, 2))
print(range(-5, 5, -1), list(range(5, -5, -3)), range(3).index(2), range(2, 20, 4).count(10))
print(hash(range(3)) == hash(range(0, 3)), reversed(range(4)).__next__(), range(3).start, range(1, 9, 2).step)
try: range(1, 2, 0)
except ValueError as e: print(e)
try: range(1.0)
except TypeError as e: print(e)
print(range(2**63 - 2, 2**63 + 2)[3], len(range(-2**63, 2**63)))
