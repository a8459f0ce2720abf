a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, b] = "xy"
print(a, b)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
x = y = z = 0
print(x, y, z)
p, q = {"k1": 1, "k2": 2}
print(p, q)
s1, s2 = {5}, {6}
print(s1, s2)
(a,) = [9]
print(a)
a, = (8,)
print(a)
[] = []
() = ()
print("empty ok")

# Errors
def attempt(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def u1():
    a, b, c = 1, 2
def u2():
    a, b = 1, 2, 3
def u3():
    a, b = 1
def u4():
    a, b = "abc"
def u5():
    a, b = None
def u6():
    (a, b), c = [1, 2, 3], 4
def u7():
    a, b = {}
def u8():
    [] = [1]
def u9():
    a, b, c, d = range(2)
def u10():
    a, b = iter(range(100))
for fn in (u1, u2, u3, u4, u5, u6, u7, u8, u9, u10):
    attempt(fn)

# Swap of list elements and attributes
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
class O:
    pass
o = O()
o.a, o.b = "A", "B"
o.a, o.b = o.b, o.a
print(o.a, o.b)

# Evaluation order: RHS fully evaluated first, then targets left-to-right
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)

# Unpacking into dict entries and slices
d = {}
d["a"], d["b"] = 1, 2
print(d)
lst = [0, 0, 0, 0]
lst[1:3], lst[0] = ["x", "y", "z"], "first"
print(lst)

# Chained assignment with unpacking
a, b = c = (1, 2)
print(a, b, c)

# Unpacking in for with enumerate and zip
for i, (x, y) in enumerate(zip("ab", "cd")):
    print(i, x, y)

# Unpacking dict items
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
