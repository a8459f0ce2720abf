first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*everything, = (1, 2)
print(everything)
[a, *b] = "x"
print(a, b)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
print(type(rest).__name__, type(init).__name__)

try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c = ()
except ValueError as e:
    print(type(e).__name__, e)

# Star in for loop targets
for head, *tail in ["abc", "de", "f"]:
    print(head, tail)

# Star in expressions
nums = [1, 2]
print([*nums, 3, *nums], (*nums,), {*nums, 5})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*nums, sep="-")
def f(*args, **kwargs):
    return args, kwargs
print(f(*nums, *"ab", 9, **{"x": 1}, **{"y": 2}))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)

# Starred assignment from generator
def gen():
    yield from range(5)
a, *b, c = gen()
print(a, b, c)

# Star in return / yield / subscripts
def r():
    return 0, *nums
print(r())
t = (*nums, *nums)
print(t)

# Unpacking of strings and dict keys
*chars, = "hey"
k1, *ks = {"x": 1, "y": 2, "z": 3}
print(chars, k1, ks)

# Invalid star targets are syntax errors
for src in ["*a = [1]", "a, *b, *c = [1, 2]", "*a, = 1, *b"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
