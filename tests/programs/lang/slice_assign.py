lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[:0] = [-1]
print(lst)
lst[len(lst):] = [100, 101]
print(lst)
lst[1:3] = []
print(lst)
lst[:] = "xyz"
print(lst)
lst[1:2] = range(3)
print(lst)
lst[10:20] = [7]
print(lst)
lst[-2:] = (8, 9, 10)
print(lst)

# Extended slice assignment requires equal length
lst = list(range(10))
lst[::2] = "ABCDE"
print(lst)
lst[::-3] = [0, 0, 0, 0]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst[::3] = []
except ValueError as e:
    print(type(e).__name__, e)

# Step 1 slice with explicit step behaves like a regular slice
lst = [1, 2, 3]
lst[0:2:1] = [9, 9, 9, 9]
print(lst)

# Assigning non-iterable
try:
    lst[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)

# Self-assignment
lst = [1, 2, 3]
lst[1:] = lst
print(lst)

# Deleting via slice assignment
lst = list(range(6))
lst[1:5] = []
print(lst)

# bytearray slice assignment
ba = bytearray(b"hello")
ba[0:1] = b"J"
ba[-1:] = b"y!"
print(ba)
ba[::2] = b"abc"
print(ba)

# Strings and tuples are immutable
try:
    s = "abc"
    s[0:1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    t = (1, 2)
    t[:] = (3,)
except TypeError as e:
    print(type(e).__name__, e)

# Slice assignment with negative indices beyond bounds
lst = [1, 2, 3]
lst[-10:1] = ["start"]
print(lst)

# Replacing middle with longer/shorter sequence via generator
lst = [0] * 5
lst[1:4] = (i * i for i in range(1, 6))
print(lst)

# Assigning to extended slice with negative step from a generator
lst = list(range(5))
lst[::-1] = (c for c in "abcde")
print(lst)
