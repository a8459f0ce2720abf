# seed 003 example 6: y = x in a class body uses the enclosing function's x
x = 'x in module'
def f2():
    x = 'x in f2'
    def myfunc():
        x = 'x in myfunc'
        class MyClass(object):
            y = x
            print(y)
        return MyClass
    return myfunc()
print(f2().y)
# the free x is a cell of myfunc: later rebinding is seen by methods
def f3():
    x = 'first'
    class K:
        y = x
        def get(self):
            return x
    x = 'second'
    return K.y, K().get()
print(f3())
# assigning x later in the class body turns the earlier read into a global lookup
def f4():
    x = 'x in f4'
    class K:
        y = x
        x = 'x in K'
    return K.y, K.x
print(f4())
