x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
print(c)
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    print(totally_unknown)
except NameError as e:
    print(type(e).__name__, e)
def f():
    v = 1
    del v
    v = 2
    return v
print(f())
lst = [1, 2, 3]
alias = lst
del lst
print(alias)
d = {"k": 1}
del d["k"]
print(d)
x = 5
def uses_global_then_del():
    global x
    del x
uses_global_then_del()
try:
    x
except NameError as e:
    print(type(e).__name__, e)
x = "again"
print(x)
for i in range(2):
    pass
del i
try:
    i
except NameError as e:
    print(type(e).__name__, e)
try:
    prnt("typo")
except NameError as e:
    print(type(e).__name__, e)
