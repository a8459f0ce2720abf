x = "global"

def read_global():
    return x

def shadow():
    x = "local"
    return x

def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = "assigned later"

def use_global():
    global x
    x = "modified global"

print(read_global(), shadow(), x)
unbound()
use_global()
print(x)

# global declaration creates the name
def create():
    global brand_new
    brand_new = 42
create()
print(brand_new)

# nonlocal requires an enclosing binding
for src in ["def f():\n    nonlocal q\n", "nonlocal z\n", "def f():\n    x = 1\n    global x\n",
            "def f(a):\n    global a\n", "def f():\n    print(y)\n    global y\n"]:
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)

# Builtins can be shadowed and restored
def shadow_len():
    len = lambda s: "fake"
    return len("abc")
print(shadow_len(), len("abc"))
list = "shadowed"
print(list)
del list
print(list("ab"))

# Class scope is skipped by nested functions
y = "module y"
class C:
    y = "class y"
    def m(self):
        return y
    z = [y for _ in range(1)]
print(C().m(), C.z)

# Loop variables leak into the enclosing scope
for leak in range(3):
    pass
print(leak)

# except target is cleared; with target is not
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in globals())
class CM:
    def __enter__(self):
        return "cm value"
    def __exit__(self, *a):
        pass
with CM() as kept:
    pass
print(kept)

# Conditional definitions
if True:
    def cond():
        return "first"
else:
    def cond():
        return "second"
print(cond())

# Functions see globals defined after them at call time
def uses_later():
    return defined_after
defined_after = "visible"
print(uses_later())

# globals() dict manipulation
globals()["via_dict"] = 7
print(via_dict)

# Name resolution in nested functions with same names
def a():
    n = "a"
    def b():
        n = "b"
        def c():
            return n
        return c()
    return b(), n
print(a())
