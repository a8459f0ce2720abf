# hash() of ints/tuples of ints is deterministic; callable(), iter/next, repr of builtins
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(True), hash(None) == hash(None))
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(-0.0))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
print(list(iter("ab")), list(map(abs, [-1, -2])), list(filter(None, [0, 1, "", "x", None])))
print(any([]), all([]), any([0, "", 1]), all([1, "x", [0]]), all([0]))
print(divmod(17, 3), pow(3, 3), round(3.14159, 2), chr(0x263A), ord("\u263a"))
print(repr(len), repr(abs), str(max))
print(bin(0), hex(0), oct(0), hex(-1), int(hex(1234), 16))
print(callable(lambda: 0), callable(None), callable(int))
