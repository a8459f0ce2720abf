print(eval("1+2"), eval("2 ** 10"), eval("'ab' * 2"), eval("[1, 2] + [3]"), eval(" 7 "))
x = 10
print(eval("x * 2"), eval("x + y", {"x": 1, "y": 2}), eval("x", {"x": "from dict"}))
print(eval("a + b", {"a": 1}, {"b": 100}), eval("len(s)", {"s": "four"}))
def f():
    local_v = 5
    return eval("local_v + x")
print(f())
g = {}
print(eval("1", g), "__builtins__" in g)
print(eval("(lambda q: q * 3)(4)"), eval("[i * i for i in range(4)]"))
print(eval("x if x > 5 else -x"), eval("{'k': x}"), eval("None"), eval("True and 0"))
for bad in ["1 +", "x = 1", "undefined_name", "1 / 0", "import sys", ""]:
    try:
        print(eval(bad))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
    except (NameError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
ns = {"x": 1}
print(eval("x", ns), x)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
print(eval("(y := 3) + y", {}, {}))
