# globals() inside functions, __globals__, and functions built over other dicts
import sys
def f():
    return globals()
print(f() is globals(), f.__globals__ is globals())
print(f.__builtins__ is sys.modules['builtins'].__dict__)
# a function created with another globals dict
def reader():
    return (value, len('ab'))
FT = type(reader)
g1 = {'value': 'one'}
r1 = FT(reader.__code__, g1)
print(r1(), r1.__globals__ is g1)
print(sorted(g1))
print(r1.__builtins__ is sys.modules['builtins'].__dict__)
g2 = {'value': 'two', '__builtins__': {'len': lambda s: 'restricted'}}
r2 = FT(reader.__code__, g2)
print(r2())
# __builtins__ is captured at function creation
g2['__builtins__'] = {'len': lambda s: 'replaced later'}
print(r2())
r3 = FT(reader.__code__, g2)
print(r3())
# global writes from a function with other globals
def writer():
    global written
    written = 'w'
    return sorted(globals())
g3 = {}
w = FT(writer.__code__, g3)
print(w(), g3.get('written'), 'written' in globals())
# globals() in a function made by exec
g4 = {}
exec("def gg():\n    return globals()", g4)
print(g4['gg']() is g4)
# a function's __globals__ cannot be rebound
try:
    f.__globals__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
# global lookups are dynamic: adding and removing names later
def later():
    return added_later
try:
    later()
except NameError as e:
    print(type(e).__name__, e)
globals()['added_later'] = 1
print(later())
for i in range(5000):
    globals()['added_later'] = i
    if later() != i:
        print('mismatch', i)
print(later())
del globals()['added_later']
try:
    later()
except NameError as e:
    print(type(e).__name__, e)
