# global declarations
x = 'module x'
def rebind():
    global x
    x = 'rebound by function'
rebind()
print(x)
def create():
    global created
    created = 'created'
create()
print(created)
def delete():
    global created
    del created
delete()
try:
    created
except NameError as e:
    print(type(e).__name__, e)
def delete_again():
    global created
    try:
        del created
    except NameError as e:
        print(type(e).__name__, e)
delete_again()
# global in a nested function skips enclosing function scopes
def outer():
    x = 'outer local'
    def inner():
        global x
        return x
    return inner(), x
print(outer())
# nested function of a function with a global declaration does not inherit it
def outer2():
    global y
    y = 'global y'
    def inner():
        return y
    return inner()
print(outer2())
def outer3():
    global z
    z = 1
    def inner():
        z = 'inner local'
        return z
    return inner(), z
print(outer3())
# global in a class body
class C:
    global cls_global
    cls_global = 'from class body'
    attr = 'attr'
print(cls_global, hasattr(C, 'cls_global'))
# global and a loop variable
def loopglobal():
    global counter
    for counter in range(5000):
        pass
loopglobal()
print(counter)
# global declaration does not need the name to exist until used
def readmissing():
    global nope
    try:
        return nope
    except NameError as e:
        return str(e)
print(readmissing())
# global inside a comprehension's enclosing function: the iteration var does not touch it
def comp():
    global gi
    gi = 'global gi'
    r = [gi for gi in range(3)]
    return r, gi
print(comp(), gi)
