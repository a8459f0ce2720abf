print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min(3, 1, 2), max("hello"), min((5, -5)))
print(max([1, 5, 3], key=lambda x: -x), min(["bb", "a", "ccc"], key=len), max("a", "bb", "c", key=len))
print(max([], default="empty"), min([], default=None), max([7], default=0), max((), default=[]))
print(max([1, 3, 3.0]), max([3.0, 3]), min([0, False]), min([False, 0]))  # first maximal wins
print(max(["b", "a", "B"], key=str.lower), min(["b", "a", "A"], key=str.lower))
print(max({1: "a", 9: "b"}), min({5, 3, 8}), max(range(10)), max(range(3), key=lambda x: x % 2))
print(max([[1, 2], [1, 3]]), min([(2, "a"), (1, "z")]), max(2 ** 70, 2 ** 69, -(2 ** 80)))
for call in [lambda: max([]), lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, "a"),
             lambda: max([], key=len), lambda: max(1, 2, default=0)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
words = ["apple", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
