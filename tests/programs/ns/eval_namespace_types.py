# eval with different kinds of namespaces
class D(dict):
    pass
print(eval("a + 1", D(a=1)))
print(eval("a + b", D(a=1), D(b=2)))
# globals must be a dict (subclasses are fine)
class NotDict:
    def __getitem__(self, k):
        return 1
try:
    eval("a", NotDict())
except TypeError as e:
    print(type(e).__name__, e)
print(eval("a", {}, NotDict()))
# locals=None means "same as globals"
g = {'v': 'from g'}
print(eval("v", g, None))
print(eval("locals() is globals()", g, None))
# globals=None with locals given
def f():
    inner = 'f local'
    return eval("inner + ' via eval'", None, {'inner': 'explicit'})
print(f())
# eval inside a class body with explicit dicts
class C:
    x = 'class x'
    y = eval("x", {'x': 'explicit global'})
    z = eval("x")
print(C.y, C.z)
# eval of code with names that look like builtins and globals at once
g2 = {'len': lambda s: 'g len', '__builtins__': {'len': lambda s: 'b len', 'min': min}}
print(eval("len('a'), min(3, 1)", g2))
print(eval("len('a')", g2, {'len': lambda s: 'l len'}))
# a locals mapping that is a proxy of another function frame
import sys
def owner():
    secret = 'owner secret'
    return reader(sys._getframe().f_locals)
def reader(fl):
    return eval("secret.upper()", {}, fl)
print(owner())
# eval with a mappingproxy as locals
print(eval("cls_attr * 2", {}, type('T', (), {'cls_attr': 21}).__dict__))
