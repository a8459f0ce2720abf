# example 1
x = "x in module"
class A():
    print("A: " + x)
    x = "x in class A"
    print(locals())
    class B():
        print("B: " + x)
        x = "x in class B"
        print(locals())
        def f(self):
            print("f: " + x)
            self.x = "self.x in f"
            print(x, self.x)
            print(locals())

# example 2
def f():
    x = "x in f"
    z = "z in f"
    class C():
        z = "z in class C"
        def g(self):
            print(x, z)
    return C

# example 3
var = 0
def func():
    print(var)
    var = 1

# example 4
class D():
    x = "x in D"
    print(x)
    del x
    print(x)
