# import * in exec'd code goes to the locals mapping
import sys
g, l = {}, {}
exec("from sys import *", g, l)
print('maxsize' in l, 'maxsize' in g, l['maxsize'] == sys.maxsize)
# names starting with underscore are not imported
print('_getframe' in l)
# import * inside a function body in exec'd code is a SyntaxError
try:
    exec("def f():\n    from sys import *\n", {}, {})
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
# import * in a class body is also a SyntaxError
try:
    compile("class C:\n    from sys import *\n", "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
# import * with a logging mapping
log = []
class M(dict):
    def __setitem__(self, k, v):
        if k in ('maxsize', 'byteorder'):
            log.append(k)
        dict.__setitem__(self, k, v)
m = M()
exec("from sys import *", {}, m)
print(sorted(log))
# import statements bind names in the locals mapping
g2 = {}
l2 = {}
exec("import sys\nimport sys as alias", g2, l2)
print(sorted(l2), 'sys' in g2, l2['alias'] is sys)
exec("from sys import maxsize as ms, version_info as vi", g2)
print(g2['ms'] == sys.maxsize, g2['vi'][0])
try:
    exec("from sys import no_such_name", g2)
except ImportError as e:
    print(type(e).__name__, e.name)
