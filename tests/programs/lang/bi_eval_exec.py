print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'a' + 'b'"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x", {}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
exec("print('printed from exec')")
code = compile("3 ** 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("for i in range(2): print('loop', i)", "<exec>", "exec")
exec(code2)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_var")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(eval("__import__('math').sqrt(16)"))
g = {"__builtins__": {}}
try:
    eval("len([1])", g)
except NameError as e:
    print(type(e).__name__, e)
loc = {}
exec("z = 1", None, loc)
print(loc)
def f():
    exec("q = 99")
    return "q" in dir()
print(f())
print(eval(" 42 "), eval("\t7"))
exec("class K:\n    v = 3", ns)
print(ns["K"].v, ns["K"].__module__ if "__name__" in ns else "no __name__")
