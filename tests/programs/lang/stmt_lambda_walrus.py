add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1), add.__name__)
print((lambda: "no args")())
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 3 == 0, range(10))))

compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))

# Closures over loop variables
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])

# Recursive lambda via name
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))

# Lambda with conditional expression and nested lambda
print((lambda x: (lambda y: x * y))(3)(4))

# Walrus operator
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 7])
print(y)

stream = iter(["line1\n", "line2\n", "line3\n", ""])
lines = []
while (line := next(stream)):
    lines.append(line.strip())
print(lines)

# Walrus in while with counter
i = 0
while (i := i + 1) < 4:
    print("i", i)

# Walrus precedence
print((x := 5), x)
z = (w := 3) + 1
print(z, w)
print([(a := i) * a for i in range(4)], a)

# Walrus in function call args and in lambda
print(abs(v := -7), v)
f = lambda: (q := 42)
print(f())

# Walrus at top level of expression statement needs parens
try:
    compile("x := 5", "<t>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# Walrus in comprehension condition used as cache
def expensive(v):
    return v * 100
res = [(v, r) for v in range(5) if (r := expensive(v)) % 200 == 0]
print(res)

# Walrus cannot target attributes
try:
    compile("(a.b := 1)", "<t>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# Lambda default evaluated at definition
k = 1
lf = lambda v=k: v
k = 2
print(lf())
