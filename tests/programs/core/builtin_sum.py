print(sum([]), sum([1, 2, 3]), sum(range(101)), sum((1.5, 2.5)), sum([1, 2.5]), sum([], 10))
print(sum([1, 2], start=10), sum([[1], [2]], []), sum([(1,), (2, 3)], ()), sum([True, True, 1]))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([2 ** 64, 2 ** 64]))
print(sum([-1, -2, 2 ** 63]), sum([9223372036854775807, 1]), sum(range(10 ** 3)))
print(sum({1: "a", 2: "b"}), sum({4, 5}), sum([1.0, 2, True]))
for call in [lambda: sum(["a", "b"], ""), lambda: sum(["a", "b"]), lambda: sum([1, "a"]),
             lambda: sum(5), lambda: sum([[1]], None)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__, type(sum([])).__name__)
