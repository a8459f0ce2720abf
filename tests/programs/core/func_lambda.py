sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, 2, z=3))
print(sq.__name__, add.__name__, add.__qualname__)
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 1)(5)
except TypeError as e:
    print(type(e).__name__, e)
print((lambda: (w := 5) + w)())
