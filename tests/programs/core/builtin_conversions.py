print(int("7"), int(7.9), int(-7.9), int(True), float("7"), float(7), str(7), str(7.0), str(None), str(True))
print(repr(7), repr("7"), repr([1, "a"]), repr(None), repr(1.0), str("s"), repr('q"'))
print(bool(0), bool(7), bool(""), bool("False"), bool([]), bool([[]]), bool(0.0), bool(None))
print(list("abc"), list((1, 2)), list({"k": 1, "j": 2}), list(range(3)), list({3: 0}.values()))
print(tuple([1, 2]), tuple("ab"), tuple(range(2)), tuple({"x": 0}), tuple())
print(dict([(1, 2)]), dict(a=1), dict({"k": "v"}), dict([("a", 1), ("a", 2)]))
print(set([3, 1, 3]), set((2, 2)), set(range(4)), set(), sorted(set("aab")))
print(str([1, 2]), str((1,)), str({1: "a"}), str({1}), str(range(3)), str(-0.0), str(1e20), str(10 ** 20))
print(int(str(2 ** 100)) == 2 ** 100, float(str(0.1)) == 0.1, str(int("0012")), int(float("1e3")))
print(list(list([1])), tuple(tuple((1,))), str(str("s")), int(int(3)))
print(chr(65) + str(66), ord("C"), hex(255), oct(8), bin(5), int("0b101", 0), int("11", 2))
print(list(map(int, ["1", "2"])), list(map(str, [1, 2])), list(map(float, ["1.5", "2"])))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
