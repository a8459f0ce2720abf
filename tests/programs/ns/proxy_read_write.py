# f_locals in a function is a write-through proxy (PEP 667)
import sys
def f():
    x = 1
    y = 'y'
    fl = sys._getframe().f_locals
    print(type(fl).__name__)
    print(fl['x'], fl['y'])
    fl['x'] = 100
    print(x)
    x = 200
    print(fl['x'])
    fl['y'] += '!'
    print(y)
    # a local that is not yet bound
    try:
        fl['later']
    except KeyError as e:
        print(type(e).__name__, e)
    print('later' in fl)
    fl['later'] = 'bound through proxy'
    print(later)
    later = 'rebound'
    print(fl['later'])
    return fl
fl = f()
# the proxy outlives the call and still reflects the final state
print(sorted(fl.keys()), fl['x'], fl['later'])
fl['x'] = 'after return'
print(fl['x'])
# writing through a caller's frame
def setter(name, value):
    sys._getframe(1).f_locals[name] = value
def g():
    a = 1
    setter('a', 2)
    b = a
    setter('a', 3)
    return a, b
print(g())
# arguments are locals too
def h(p, *args, k=0, **kw):
    fl = sys._getframe().f_locals
    fl['p'] = 'P'
    fl['args'] = ('changed',)
    fl['k'] = 'K'
    fl['kw'] = {'z': 1}
    return p, args, k, kw
print(h(1, 2, 3, k=4, q=5))
# a local used after the proxy write in arithmetic
def arith():
    n = 10
    sys._getframe().f_locals['n'] = 32
    return n + 10
print(arith())
