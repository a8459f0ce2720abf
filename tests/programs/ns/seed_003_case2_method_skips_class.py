# seed 003 example 2: a method skips the class scope and sees the enclosing function
def f():
    z = "z in f()"
    class C():
        z = "z in C"
        def g(self):
            print(z)
            print(C.z)
        print(z)
    C().g()
f()
# the same with a global z: the method still finds the function's cell first
z = "z in module"
f()
def f2():
    class C():
        z = "z in C"
        def g(self):
            print(z)
    C().g()
f2()
