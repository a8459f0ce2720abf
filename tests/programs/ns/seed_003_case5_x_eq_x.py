# seed 003 example 5: x = x in a class body reads the global, not the enclosing function
x = 'x in module'
def f2():
    x = 'x in f2'
    def myfunc():
        x = 'x in myfunc'
        class MyClass(object):
            x = x
            print(x)
        return MyClass
    return myfunc()
print(f2().x)
# without a global x it is a NameError
del x
try:
    f2()
except NameError as e:
    print(type(e).__name__, e)
# a function with x = x raises UnboundLocalError instead
def g():
    x = 'outer'
    def h():
        x = x
        return x
    return h()
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
