# replacing __builtins__ in a namespace: functions keep the builtins they were created with
import builtins
ns = {}
exec("def before():\n    return len('abc')\n", ns)
ns['__builtins__'] = {'len': lambda s: 'swapped len'}
exec("def after():\n    return len('abc')\n", ns)
print(ns['before'](), ns['after']())
exec("top = len('abc')", ns)
print(ns['top'])
print(ns['before'].__builtins__ is builtins.__dict__, ns['after'].__builtins__ is ns['__builtins__'])
# the module form and the dict form behave alike
ns2 = {'__builtins__': builtins}
exec("def f():\n    return abs(-5)\n", ns2)
print(ns2['f'](), ns2['f'].__builtins__ is builtins.__dict__)
# a builtins dict that changes after function creation is seen (same dict object)
bd = {'greet': lambda: 'hello'}
ns3 = {'__builtins__': bd}
exec("def g():\n    return greet()\n", ns3)
print(ns3['g']())
bd['greet'] = lambda: 'changed greeting'
print(ns3['g']())
# calling in a hot loop while the builtins dict changes
def flip(i):
    bd['greet'] = (lambda: 'odd') if i % 2 else (lambda: 'even')
res = []
for i in range(5000):
    flip(i)
    r = ns3['g']()
    if i >= 4997:
        res.append(r)
print(res)
# removing the builtin makes calls fail
del bd['greet']
try:
    ns3['g']()
except NameError as e:
    print(type(e).__name__, e)
# an exec'd class body uses its globals' builtins too
ns4 = {'__builtins__': {'__build_class__': builtins.__build_class__, '__name__': 'nsmod', 'len': lambda s: 99}}
exec("class K:\n    n = len('x')\n", ns4)
print(ns4['K'].n, ns4['K'].__module__)
