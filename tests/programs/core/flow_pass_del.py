def empty():
    pass
print(empty())
for _ in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
x = 1
del x
y = [0, 1, 2, 3, 4]
del y[1], y[-1]
print(y)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["c"]
print(d)
a = b = c = 7
del a, b
print(c)
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
try:
    del nested[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del "abc"[0]
except TypeError as e:
    print(type(e).__name__, e)
p, q = 1, 2
del (p, q)
try:
    p
except NameError as e:
    print(type(e).__name__, e)
...
print(...)
