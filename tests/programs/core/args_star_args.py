def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), f(*[4, 5]), f(*"ab", *range(2)), f([1]), type(f()).__name__)
def g(a, b=0, *rest):
    return a, b, rest
print(g(1), g(1, 2), g(1, 2, 3, 4), g(*range(5)))
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(), total(1, 2, 3), total(1, 2, start=10), total(*[0.5] * 4))
def first_and_rest(first, *rest):
    return first, list(rest)
print(first_and_rest("x"), first_and_rest(*"xyz"))
args = (1, 2)
print(g(*args, *args), f(*args, 99, *args))
print(max(*[3, 9, 2]), print(*[1, 2, 3], sep="|"))
def varargs_count(*a):
    return len(a)
print(varargs_count(*range(100)), varargs_count(*{}, *[], *()))
def mutate(*a):
    a = a + (0,)
    return a
print(mutate(1), mutate())
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
