def ok(a, b):
    return a + b
def f(x, y, x):
    return x
print("never executed")
