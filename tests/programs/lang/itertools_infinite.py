from itertools import count, cycle, repeat, islice, chain, takewhile
print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(1, 3), 4)))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(10, -2), 4)))
c = count(5)
print(next(c), next(c), repr(c))
print(list(islice(cycle("ab"), 5)), list(islice(cycle([1, 2, 3]), 7)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(0, 0)), list(repeat(1, -1)), list(islice(repeat(7), 4)))
print(repr(repeat("z", 2)), list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), "abc")))

# islice variants
print(list(islice(range(10), 2, 8, 2)), list(islice("abcdefg", 3)), list(islice(range(10), None, None, 3)))
print(list(islice(range(10), 8, None)), list(islice(range(3), 5)), list(islice([], 2)))
try:
    islice(range(5), -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    islice(range(5), 0, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)

# islice consumes the underlying iterator only as needed
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2)))

# chain
print(list(chain([1, 2], "ab", (3,), range(2))), list(chain()), list(chain([])))
print(list(chain.from_iterable(["ab", [1, 2], range(3)])))
print(list(chain.from_iterable([[1], [2, [3]]])))
print(list(islice(chain.from_iterable(repeat([1, 2])), 5)))

# cycle saves a copy of the items
src = [1, 2]
cy = cycle(src)
src.append(3)
print([next(cy) for _ in range(5)])

# takewhile with count
print(list(takewhile(lambda n: n * n < 50, count(1))))
