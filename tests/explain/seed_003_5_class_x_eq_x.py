# Seed 003, example 5: `x = x` in a class makes x local to the class, so the right-hand side
# is looked up with LOAD_NAME (class dict, then globals) and skips the enclosing functions.
x = "x in module"
def f2():
    x = "x in f2"
    def myfunc():
        x = "x in myfunc"
        class MyClass(object):
            x = x
            print(x)
        return MyClass
    return myfunc()

C = f2()
print(C.x)
