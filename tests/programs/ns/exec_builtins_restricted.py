# a restricted builtins dict restricts
safe = {'len': len, 'str': str, 'range': range}
out = []
safe['emit'] = out.append
g = {'__builtins__': safe}
exec("emit(str(len('abc')))", g)
print(out)
for src in ("print(1)", "open('x')", "__import__('sys')", "import sys", "x = abs(-1)"):
    try:
        exec(src, {'__builtins__': safe})
        print(src, '-> ok')
    except Exception as e:
        print(src, '->', type(e).__name__, e)
# builtins lookups happen at run time: adding a builtin later makes it visible
g2 = {'__builtins__': {}}
exec("def f():\n    return later()\n", g2)
try:
    g2['f']()
except NameError as e:
    print(type(e).__name__, e)
g2['__builtins__']['later'] = lambda: 'now defined'
print(g2['f']())
# a global with the same name shadows the builtin
g2['later'] = lambda: 'global wins'
print(g2['f']())
del g2['later']
print(g2['f']())
# empty builtins: even class statements fail (no __build_class__)
try:
    exec("class C: pass", {'__builtins__': {}})
except Exception as e:
    print(type(e).__name__, e)
# __build_class__ provided
import builtins
try:
    exec("class C: pass\nr = C.__name__", {'__builtins__': {'__build_class__': builtins.__build_class__}})
except Exception as e:
    print(type(e).__name__, e)
d = {'__builtins__': {'__build_class__': builtins.__build_class__, '__name__': 'restricted'}}
exec("class C: pass\nr = C.__module__", d)
print(d['r'])
# builtins dict is also used by eval
print(eval("len([1, 2])", {'__builtins__': {'len': lambda x: 'not the real len'}}))
try:
    eval("len([1, 2])", {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
