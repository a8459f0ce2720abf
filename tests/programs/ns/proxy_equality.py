# comparisons between proxies, dicts and locals()
import sys
def f():
    a = 1
    fl = sys._getframe().f_locals
    print(fl == {'a': 1, 'fl': fl})
    print(fl == locals(), locals() == fl)
    print(fl == sys._getframe().f_locals, fl is sys._getframe().f_locals)
    print(fl != {'a': 2})
    print(fl == [('a', 1)])
    try:
        fl < {}
    except TypeError as e:
        print(type(e).__name__, e)
    d = dict(fl)
    print(type(d).__name__, sorted(d))
    print(sorted(dict(**fl)))
    print({**fl}.keys() == fl.keys())
    keys = fl.keys()
    b = 2
    print(sorted(keys), type(keys).__name__)
f()
# isinstance checks
def g():
    fl = sys._getframe().f_locals
    return isinstance(fl, dict), type(fl).__name__, type(fl).__module__
print(g())
# two proxies of the same frame share the extras
def h():
    p1 = sys._getframe().f_locals
    p2 = sys._getframe().f_locals
    p1['shared'] = 'yes'
    return p2['shared'], p1 is p2, p1 == p2
print(h())
