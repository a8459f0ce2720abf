s = "abcdefghij"
lst = list(range(10))
t = tuple(range(10))
for seq in (s, lst, t):
    print(seq[2:5], seq[:3], seq[7:], seq[-3:], seq[:-7], seq[:], seq[-100:100])
    print(seq[::2], seq[1::3], seq[::-1], seq[::-3], seq[8:2:-2], seq[2:8:-1])
    print(seq[5:5], seq[9:1], seq[-1:-5:-1], seq[100:], seq[:-100])

# Slice objects
sl = slice(1, 8, 2)
print(lst[sl], s[sl], sl.start, sl.stop, sl.step)
print(lst[slice(None, None, -1)], lst[slice(3)], lst[slice(-2, None)])
print(sl.indices(5), slice(None).indices(3), slice(-1, -10, -1).indices(4))

# Bytes and range slicing
b = b"hello world"
print(b[:5], b[::-1], b[6:], b[0], b[-1:])
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], list(r[1:4]), r[-1])

# Slicing copies
orig = [1, [2, 3]]
copy = orig[:]
copy[0] = 99
copy[1].append(4)
print(orig, copy, copy is orig)

# Big ints and negative steps
big = list(range(50))
print(big[10**10:], big[-10**10:3], big[::10**10], big[::-(10**10)])

# Slices with None
print(lst[None:None:None], lst[None:3], lst[3:None:-1])

# Step zero error and bad types
try:
    lst[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst["a":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[1.5:]
except TypeError as e:
    print(type(e).__name__, e)

# Slice equality, hashing
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), hash(slice(1, 2)) == hash(slice(1, 2)))

# Strings with unicode
u = "héllo wörld"
print(u[1:4], u[::-1], len(u))
