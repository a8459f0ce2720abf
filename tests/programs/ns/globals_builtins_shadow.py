# globals shadow builtins; deleting the global reveals the builtin again
import builtins
def use_len():
    return len('abc')
print(use_len())
len = lambda s: 'global len'
print(use_len())
del len
print(use_len())
# in a hot loop, the shadow appears midway
def loop():
    out = []
    for i in range(5000):
        if i == 2500:
            globals()['abs'] = lambda v: 'shadowed'
        if i in (0, 2499, 2500, 4999):
            out.append(abs(-1))
    del globals()['abs']
    out.append(abs(-2))
    return out
print(loop())
# modifying builtins itself is seen everywhere
builtins.brand_new_builtin = 'from builtins'
def reads():
    return brand_new_builtin
print(reads())
brand_new_builtin = 'global wins'
print(reads())
del brand_new_builtin
print(reads())
del builtins.brand_new_builtin
try:
    reads()
except NameError as e:
    print(type(e).__name__, e)
# module-level code reads through the same chain
print(type(print).__name__)
print = lambda *a: builtins.print('wrapped', *a)
print('hello')
del print
print('restored')
# __builtins__ at module level
print(__builtins__ is builtins, type(__builtins__).__name__)
# a class attribute named like a builtin is only seen in the class body
class C:
    len = lambda s: 'class len'
    in_body = len('x')
    def m(self):
        return len('xy')
print(C.in_body, C().m())
