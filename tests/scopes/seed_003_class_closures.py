# example 5: x = x in a class makes x local to the class
x = "x in module"
def f2():
    x = "x in f2"
    def myfunc():
        x = "x in myfunc"
        class MyClass(object):
            x = x
            print(x)
        return MyClass
    myfunc()
f2()

# example 6: y = x, x is a free variable from myfunc
def f3():
    x = "x in f3"
    def myfunc():
        x = "x in myfunc"
        class MyClass(object):
            y = x
            print(y)
        return MyClass
    myfunc()
f3()
