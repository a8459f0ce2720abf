a = [10, 20, 30, 20, 40]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.index(20), a.count(20), a.count(99))
a.remove(20)
print(a)
for call, name in [(lambda: a.remove(99), "remove"), (lambda: a.index(99), "index"),
                   (lambda: [].pop(), "pop empty"), (lambda: a.pop(10), "pop 10"),
                   (lambda: a.index(10, 1), "index start")]:
    try:
        print(name, call())
    except (ValueError, IndexError) as e:
        print(name, type(e).__name__, e)
b = [1, 2, 3, 2, 1]
print(b.index(2), b.index(2, 2), b.index(1, 1), b.index(1, -2), b.index(3, 0, 3))
print([1, 1.0, True].count(1), [[1], [1]].count([1]), ["a", "b"].index("b"))
c = list(range(10))
while c:
    c.pop(0 if len(c) % 2 else -1)
    print(c)
d = ["x", "y"]
del d[0]
print(d)
e = [None, 0, False, ""]
e.remove(False)
print(e)
