def double(x):
    return 2 * x
def apply(f, v):
    return f(v)
def twice(f):
    def g(x):
        return f(f(x))
    return g
print(apply(double, 5), twice(double)(5), twice(twice(double))(1))
fs = [double, abs, str, len, twice(str.upper)]
print([f.__name__ for f in fs])
print(fs[0](3), fs[1](-3), fs[2](3), fs[3]("abc"), fs[4]("hi"))
table = {"d": double, "n": lambda x: -x}
print(table["d"](4), table["n"](4))
alias = double
print(alias is double, alias(21), alias.__name__)
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
p = pipeline(double, lambda x: x + 1, str, lambda s: s * 2)
print(p(5))
print(callable(double), callable(5), callable(print), callable(len))
print(type(double).__name__, type(print).__name__, type(lambda: 0).__name__)
def returns_func(flag):
    if flag:
        def a():
            return "a"
        return a
    def b():
        return "b"
    return b
print(returns_func(True)(), returns_func(False)())
print(double == double, double != twice)
print(list(map(double, range(4))), sorted([3, -4, 1], key=abs))
def no_return():
    x = 1
print(no_return(), double(2.5), double("ab"), double([0]))
