t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1], len(t))
print((), (1,), (1, 2), ("a",), ((1,),), (None,), tuple(), tuple([1]), tuple("ab"))
one = 1,
print(one, type(one).__name__, len(one))
print((1) == 1, (1,) == 1)
a, b, c = t
print(a, b, c)
x, *y = t
*p, q = t
m, *n, o = (1, 2)
print(x, y, p, q, m, n, o)
(i, j), k = (1, 2), 3
print(i, j, k)
a, b = b, a
print(a, b)
print(t + (4,), t * 2, 2 * (0,), (1,) * 0)
print(2 in t, 5 in t, t.count(2), t.index(3))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a, b = t
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = t
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__, e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print(tuple([x * x for x in range(4)]))
s = ()
for v in range(3):
    s += (v,)
print(s)
