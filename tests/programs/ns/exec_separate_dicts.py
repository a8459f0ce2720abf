# exec with separate globals and locals
g = {'gv': 'global value'}
l = {'lv': 'local value'}
exec("a = 1\nprint(gv, lv)\nprint(locals() is globals())", g, l)
print(sorted(l), sorted(k for k in g if k != '__builtins__'))
# functions close over globals, not over the locals dict
exec("def f():\n    return gv\n", g, l)
print(l['f']())
print('f' in g)
exec("def h():\n    return lv\n", g, l)
try:
    l['h']()
except NameError as e:
    print(type(e).__name__, e)
exec("def k():\n    return a\n", g, l)
try:
    l['k']()
except NameError as e:
    print(type(e).__name__, e)
# calling the function inside the same exec fails as well
try:
    exec("x = 5\ndef uses_x():\n    return x\nprint(uses_x())", g, l)
except NameError as e:
    print(type(e).__name__, e)
print(l['x'])
# global statement writes the globals dict
exec("global gx\ngx = 'in globals'\nlx = 'in locals'", g, l)
print(g.get('gx'), l.get('gx'), l.get('lx'), g.get('lx'))
# name lookup order: locals, globals, builtins
g['len'] = lambda s: 'global len'
exec("print(len('abc'))", g, l)
l['len'] = lambda s: 'local len'
exec("print(len('abc'))", g, l)
del l['len']
del g['len']
exec("print(len('abc'))", g, l)
# reading a name that is only in globals, then assigning it
g['shared'] = 10
exec("shared = shared + 1", g, l)
print(g['shared'], l['shared'])
# del only searches locals
try:
    exec("del gv", g, l)
except NameError as e:
    print(type(e).__name__, e)
print('gv' in g)
# imports go to locals
exec("import sys", g, l)
print('sys' in l, 'sys' in g)
# for loop variables go to locals
exec("for idx in range(3): pass", g, l)
print(l['idx'], 'idx' in g)
