s = slice(1, 5, 2)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None), slice(None, None, -1), slice("a", [1], 2.5))
print(s.indices(10), s.indices(3), slice(None).indices(4), slice(None, None, -1).indices(4))
print(slice(-3, None).indices(10), slice(-100, 100).indices(5), slice(10, 0, -3).indices(6))
data = list(range(10))
print(data[s], "abcdefgh"[s], (0, 1, 2, 3, 4, 5)[s], range(10)[s])
print(data[slice(None, None, 3)], data[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
data[slice(0, 3)] = ["x"]
print(data)
del data[slice(None, None, 2)]
print(data)
