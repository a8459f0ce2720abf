print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))))
print(dict({"k": 1}, k2=2), dict([("a", 1)], a=9), dict(), dict([]), dict(zip([], [])))
print(dict(zip([1, 2, 3], ["one", "two"])))
print(dict([[1, 2], (3, 4), "ab"]))
print(dict([(i, i ** 2) for i in range(4)]))
d = {"a": 1}
print(dict(d) == d, dict(d) is d)
print(dict(list({"p": 1, "q": 2}.items())))
for bad in [[1, 2], [(1,)], [(1, 2, 3)], 5, "ab"]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
keys = ["n", "m", "n"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)))
print({**{"a": 1}, "b": 2, **{"a": 3}})
