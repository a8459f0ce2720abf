x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)

a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "b" in dir())

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
try:
    del lst[0]
except IndexError as e:
    print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

class O:
    cls_attr = 1
o = O()
o.x = 5
o.y = 6
del o.x
print(vars(o))
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del O.cls_attr
print(hasattr(O, "cls_attr"))

# del of nested targets
data = {"k": [1, 2, 3], "m": {"n": 1}}
del data["k"][1], data["m"]["n"]
print(data)
del (data["k"], data["m"])
print(data)
m = [[1, 2], [3, 4]]
del [m[0][0], m[1][1]]
print(m)

# del in function makes name local
g = "global"
def f():
    try:
        del g
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
print(g)

def f2():
    global g
    del g
f2()
print("g" in globals())

# del on immutable containers
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

# del local then reuse
def f3():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f3())

# del with loop variable after loop
for i in range(3):
    pass
del i
print("i" in dir())

# del of a closure variable
def outer():
    v = 1
    def inner():
        return v
    del v
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(outer())
