# exec(code, globals, locals, *, closure=...) for code with free variables
def make():
    x = 10
    def inner():
        return x + 1
    return inner

inner = make()
code = inner.__code__
print(code.co_freevars)
try:
    exec(code)
except TypeError as e:
    print(type(e).__name__, e)
print(inner.__closure__[0].cell_contents)
# supply a tuple of cells
cell_type = type(inner.__closure__[0])
c = cell_type(41)
r = exec(code, {}, None, closure=(c,))
print(r)
# wrong number of cells
try:
    exec(code, {}, None, closure=())
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec(code, {}, None, closure=(1,))
except TypeError as e:
    print(type(e).__name__, e)
# closure given for code without free variables
co = compile("y = 1", "<test>", "exec")
try:
    exec(co, {}, closure=(c,))
except TypeError as e:
    print(type(e).__name__, e)
d = {}
exec(co, d, closure=None)
print(d['y'])
# closure with a string source
try:
    exec("y = 2", {}, closure=(c,))
except TypeError as e:
    print(type(e).__name__, e)
# a function's code object can be run through exec when it has no free vars and no args
def noargs():
    global produced
    produced = 'from exec(f.__code__)'
exec(noargs.__code__)
print(produced)
def noargs_local():
    v = 1
    return v
print(exec(noargs_local.__code__))
# eval of a function code object returns the function's return value
print(eval(noargs_local.__code__))
