x = "global"
def f():
    print(x)  # x is local to f because of the assignment below
    x = "local"
def g():
    x += 1
def h(flag):
    if flag:
        y = 1
    return y
def k():
    del x
def m():
    for i in range(0):
        pass
    return i
def n():
    try:
        pass
    except Exception as err:
        pass
    return err
def p():
    z = 1
    del z
    return z
for fn, args in [(f, ()), (g, ()), (h, (False,)), (k, ()), (m, ()), (n, ()), (p, ())]:
    try:
        print(fn(*args))
    except UnboundLocalError as e:
        print(fn.__name__, type(e).__name__, e)
print(h(True))
print(issubclass(UnboundLocalError, NameError))
try:
    f()
except NameError as e:
    print("caught as NameError:", type(e).__name__)
