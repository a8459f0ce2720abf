# at module level locals() is globals()
import sys
print(locals() is globals())
print(vars() is globals())
print(sys._getframe().f_locals is globals())
print(sys.modules[__name__].__dict__ is globals())
locals()['injected'] = 'via locals()'
print(injected)
globals()['injected2'] = 'via globals()'
print(injected2)
sys._getframe().f_locals['injected3'] = 'via f_locals'
print(injected3)
# deleting through locals()
del locals()['injected']
try:
    injected
except NameError as e:
    print(type(e).__name__, e)
# a module-level loop writing through globals()
for i in range(5000):
    globals()['acc'] = globals().get('acc', 0) + i
print(acc, i)
# a module-level loop whose loop variable is rebound through globals() every iteration
n = 0
while n < 5000:
    globals()['n'] = n + 2
print(n)
# keys order of the module namespace: the first entries are standard
print(list(globals())[:3])
print(__name__, __builtins__.__name__ if hasattr(__builtins__, '__name__') else type(__builtins__).__name__)
