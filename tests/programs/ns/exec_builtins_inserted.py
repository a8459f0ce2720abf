# __builtins__ is inserted into a globals dict that lacks it
import builtins
g = {}
exec("pass", g)
print(sorted(g))
print(g['__builtins__'] is builtins.__dict__)
g2 = {}
eval("1", g2)
print(sorted(g2), g2['__builtins__'] is builtins.__dict__)
# an existing __builtins__ is left alone
sentinel = {'print': print, 'len': len}
g3 = {'__builtins__': sentinel}
exec("print(len('abc'))", g3)
print(g3['__builtins__'] is sentinel)
# the module object is also accepted
g4 = {'__builtins__': builtins}
exec("print(abs(-3))", g4)
print(g4['__builtins__'] is builtins)
# separate locals: only globals gets __builtins__
g5, l5 = {}, {}
exec("x = 1", g5, l5)
print(sorted(g5), sorted(l5))
# locals containing __builtins__ does not matter for lookups
g6 = {'__builtins__': {'print': print}}
l6 = {'__builtins__': builtins.__dict__}
try:
    exec("print(len('x'))", g6, l6)
except NameError as e:
    print(type(e).__name__, e)
# functions created there keep using the builtins of their globals
g7 = {'__builtins__': {'len': lambda s: 'fake len'}}
exec("def f(s):\n    return len(s)\n", g7)
print(g7['f']('abc'))
print(g7['f'].__builtins__ is g7['__builtins__'])
# compile once, run in dicts with different builtins
co = compile("r = len('abcd')", "<test>", "exec")
for b in ({'len': len}, {'len': lambda s: -1}, {'len': lambda s: s[::-1]}):
    d = {'__builtins__': b}
    exec(co, d)
    print(d['r'])
# __builtins__ that is not a dict or module
g8 = {'__builtins__': 42}
try:
    exec("print('x')", g8)
except Exception as e:
    print(type(e).__name__, e)
