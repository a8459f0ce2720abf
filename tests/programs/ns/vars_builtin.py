# vars() and vars(obj)
import sys
print(vars() is globals())
def f(a):
    b = 2
    v = vars()
    l = locals()
    return v == l, v is l, sorted(v)
print(f(1))
class C:
    cls_attr = 1
    inside = sorted(k for k in vars() if not k.startswith('__'))
    same = vars() is locals()
print(C.inside, C.same)
o = C()
o.x = 5
print(vars(o), vars(o) is o.__dict__)
vars(o)['y'] = 6
print(o.y)
print(type(vars(C)).__name__, vars(C)['cls_attr'], vars(C) == C.__dict__)
print(vars(sys) is sys.__dict__)
# objects without __dict__
for obj in (1, 'str', [1], None, object()):
    try:
        vars(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class Slotted:
    __slots__ = ('a',)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
# a __dict__ property is used by vars()
class Fake:
    @property
    def __dict__(self):
        return {'fake': True}
print(vars(Fake()))
# too many arguments
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
# vars() of a function object
def fn():
    pass
fn.attr = 'a'
print(vars(fn))
# vars() inside a comprehension in a function
def comp():
    outer = 1
    return [sorted(vars()) for item in range(1)]
print(comp())
