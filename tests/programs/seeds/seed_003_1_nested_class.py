# Seed 003, example 1: class bodies do not form enclosing scopes for nested classes or methods.
x = "x in module"
class A():
    print("A: " + x)                    # x in module
    x = "x in class A"
    print(locals())
    class B():
        print("B: " + x)                # x in module: class A's x is not visible
        x = "x in class B"
        print(locals())
        def f(self):
            print("f: " + x)            # x in module
            self.x = "self.x in f"
            print(x, self.x)
            print(list(locals()))

A.B().f()
print(A.x, A.B.x)
