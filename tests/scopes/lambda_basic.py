square = lambda x: x * x
add = lambda a, b=1: a + b + offset
offset = 5
nested = lambda a: lambda b: a + b
def f(k):
    return lambda v: v * k
noargs = lambda: square(3)
