exec("print('hello from exec')")
g = {}
exec("a = 1\nb = a + 1", g)
print(g["a"], g["b"], "__builtins__" in g, sorted([k for k in g if k != "__builtins__"]))
exec("def sq(n):\n    return n * n\nresult = sq(7)", g)
print(g["result"], g["sq"](9), g["sq"].__name__)
loc = {}
exec("z = 5\nw = z * 2", {}, loc)
print(loc)
print(exec("1 + 1"))
counter = 0
exec("counter += 1")
print(counter)  # exec at module level uses module globals
def f():
    ns = {}
    exec("v = 42", ns)
    return ns["v"]
print(f())
def g2():
    exec("hidden = 1")
    try:
        return hidden
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(g2())
code = """
total = 0
for i in range(5):
    total += i
def helper():
    return total * 2
out = helper()
"""
ns = {}
exec(code, ns)
print(ns["total"], ns["out"])
try:
    exec("1 +* 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(type(e).__name__, e)
shared = {"items": []}
exec("items.append(1)\nitems.append(2)", shared)
print(shared["items"])
exec("x1 = 1", None, None)
print(x1)
