# seed 003 example 1: a class nested in a class, and a method of the inner class
x = "x in module"
class A():
    print("A: " + x)                    # x in module
    x = "x in class A"
    print(sorted(k for k in locals() if not k.startswith('__')))
    class B():
        print("B: " + x)                # x in module
        x = "x in class B"
        print(sorted(k for k in locals() if not k.startswith('__')))
        def f(self):
            print("f: " + x)            # x in module
            self.x = "self.x in f"
            print(x, self.x)
            print(sorted(locals()))
A.B().f()
print(A.x, A.B.x)
