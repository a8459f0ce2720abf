# Seed 003, example 4: after `del x` in a class body, LOAD_NAME falls back to the global x.
x = "x in module"
class A():
    x = "x in A"
    print(x)
    del x
    print(x)

print(hasattr(A, "x"))

def f():
    x = "x in f"
    class B():
        x = "x in B"
        print(x)
        del x
        print(x)                          # still the global: x is local to B, so not from f
    return B

f()
