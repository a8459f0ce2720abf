# f_builtins reflects the builtins used for name lookups in that frame
import sys
import builtins
print(sys._getframe().f_builtins is builtins.__dict__)
custom = {'len': lambda s: -1, 'sys': sys}
g = {'__builtins__': custom, 'sys': sys}
exec("fr = sys._getframe()\nn = len('abc')", g)
print(g['fr'].f_builtins is custom, g['n'])
exec("def inner():\n    return sys._getframe().f_builtins\n", g)
print(g['inner']() is custom)
# module object as __builtins__: f_builtins is its dict
g2 = {'__builtins__': builtins, 'sys': sys}
exec("fb = sys._getframe().f_builtins", g2)
print(g2['fb'] is builtins.__dict__)
# f_builtins of a class body frame
class C:
    fb = sys._getframe().f_builtins is builtins.__dict__
print(C.fb)
# writing into f_builtins changes builtins for everyone using that dict
fb = sys._getframe().f_builtins
fb['temp_builtin'] = 'temp'
def reads():
    return temp_builtin
print(reads())
del fb['temp_builtin']
try:
    reads()
except NameError as e:
    print(type(e).__name__, e)
