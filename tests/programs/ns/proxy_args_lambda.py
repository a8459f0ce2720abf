# proxies of lambda frames, *args/**kwargs, and keyword-only parameters
import sys
f = lambda a, b=2: (sys._getframe().f_locals.update({'a': 'A'}), a, b)[1:]
print(f(1))
def var(*args, **kwargs):
    fl = sys._getframe().f_locals
    before = (fl['args'], fl['kwargs'])
    fl['args'] = args + ('appended',)
    fl['kwargs'] = dict(kwargs, extra=True)
    return before, args, kwargs
print(var(1, 2, k=3))
def kwonly(*, k, m=5):
    sys._getframe().f_locals['m'] = k * 2
    return m
print(kwonly(k=21))
def posonly(p, /, q):
    fl = sys._getframe().f_locals
    fl['p'], fl['q'] = fl['q'], fl['p']
    return p, q
print(posonly('first', 'second'))
# default values are unaffected by writes to the parameter
def defaults(d=[]):
    sys._getframe().f_locals['d'] = ['replaced']
    return d
print(defaults(), defaults(), defaults.__defaults__)
# an argument that is also a cell
def argcell(c):
    get = lambda: c
    sys._getframe().f_locals['c'] = 'changed cell arg'
    return get(), c
print(argcell('orig'))
