print(len("ab"))
def f():
    len = 5
    return len
print(f(), len("abc"))
def g():
    return max([1, 2])
max = min
print(g(), max(3, 4))
del max
print(g(), max(3, 4))
list = tuple
print(list([1]))
del list
print(list((1,)))
def uses_print():
    print = lambda *a: "local print"
    return print(1)
print(uses_print())
try:
    del len
except NameError as e:
    print(type(e).__name__, e)
str = "shadowed"
print(str, type(5).__name__)
del str
print(str(5))
True_ = True
print(True_, None is None)
