# Seed 003, example 2: a method skips the class scope and finds the enclosing function's names.
def f():
    x = "x in f"
    z = "z in f"
    class C():
        z = "z in class C"
        print("C:", x, z)                # x from f (free variable), z from the class namespace
        def g(self):
            print("g:", x, z)            # both from f: the class scope is skipped
    return C

C = f()
C().g()
print(C.z)
