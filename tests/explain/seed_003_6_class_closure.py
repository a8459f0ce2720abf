# Seed 003, example 6: y = x in a class where x is not assigned in the class: x is a free
# variable and is read from the nearest enclosing function (LOAD_DEREF / class deref).
x = "x in module"
def f2():
    x = "x in f2"
    def myfunc():
        x = "x in myfunc"
        class MyClass(object):
            y = x
            print(y)
        return MyClass
    return myfunc()

C = f2()
print(C.y, hasattr(C, "x"))
