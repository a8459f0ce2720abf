# passing a frame's f_locals proxy to exec/eval writes the real local variables
import sys
def f():
    x = 1
    exec("x = x + 41", globals(), sys._getframe().f_locals)
    return x
print(f())
def g():
    a = 'old'
    fl = sys._getframe().f_locals
    exec("a = 'new'\nb = 'extra'", globals(), fl)
    try:
        b
    except NameError as e:
        print(type(e).__name__, e)
    return a, locals()['b']
print(g())
def h():
    total = 0
    fl = sys._getframe().f_locals
    code = compile("total += i", "<acc>", "exec")
    for i in range(5000):
        exec(code, globals(), fl)
    return total
print(h())
def k():
    v = 10
    return eval("v * 2", globals(), sys._getframe().f_locals)
print(k())
# a cell variable written through exec and the proxy
def cells():
    c = 'before'
    def read():
        return c
    exec("c = 'after'", globals(), sys._getframe().f_locals)
    return read(), c
print(cells())
# deletion through exec and the proxy fails; DELETE_NAME reports any failure as NameError
def deleting():
    d = 1
    try:
        exec("del d", globals(), sys._getframe().f_locals)
    except Exception as e:
        print(type(e).__name__, e)
    return d
print(deleting())
# the caller's proxy from a helper
def run_in_caller(src):
    caller = sys._getframe(1)
    exec(src, caller.f_globals, caller.f_locals)
def m():
    n = 1
    run_in_caller("n = n * 100")
    return n
print(m())
