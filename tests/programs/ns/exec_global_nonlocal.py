# global and nonlocal inside exec'd code
g = {'counter': 0}
l = {}
src = '''
global counter
counter += 1
local_only = counter
'''
for _ in range(3):
    exec(src, g, l)
print(g['counter'], l)
# global inside a function defined by exec goes to its globals dict
exec("def bump():\n    global counter\n    counter += 10\n", g, l)
l['bump']()
print(g['counter'])
# nonlocal at the top level of exec is a SyntaxError
try:
    exec("nonlocal q", {}, {})
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
# nonlocal inside a function in exec'd code works normally
src2 = '''
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return inc()
result = outer()
'''
l2 = {}
exec(src2, {}, l2)
print(l2['result'])
# global in exec'd code without separate locals: same dict
g3 = {}
exec("global a\na = 1\nb = 2", g3)
print(sorted(k for k in g3 if k != '__builtins__'))
# a global declaration does not make later reads bypass locals when the code is run
# with separate dicts: reads of the global name use LOAD_GLOBAL (globals then builtins)
g4 = {'v': 'global v'}
l4 = {'v': 'local v'}
exec("global v\nprint(v)", g4, l4)
exec("print(v)", g4, l4)
# exec inside a function that declares a name global: exec gets the real globals
def f():
    global from_f
    exec("from_f = 'set by exec'")
    return from_f
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def f2():
    exec("global from_f2\nfrom_f2 = 'set by exec global'")
    return from_f2
print(f2())
print(from_f2)
