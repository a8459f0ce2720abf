a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 200]
print(a)
a[-2:] = []
print(a)
a[:] = [1, 2, 3]
print(a)
a[len(a):] = [4, 5]
print(a)
a[::2] = ["x", "y", "z"]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
a[1:3] = "pq"
print(a)
a[0:2] = range(3)
print(a)
b = [1, 2, 3]
b[1:2] = b
print(b)
del b[0]
print(b)
del b[-1]
print(b)
del b[::2]
print(b)
c = list(range(10))
del c[2:5]
print(c)
del c[::-3]
print(c)
del c[:]
print(c)
d = list(range(6))
d[::-1] = d[:]
print(d)
d[5:1:-2] = ["a", "b"]
print(d)
try:
    del d[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    d[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
e = [0, 1, 2]
e[10:20] = [9]
print(e)
e[-10:0] = [-1]
print(e)
x, *rest = e
print(x, rest)
