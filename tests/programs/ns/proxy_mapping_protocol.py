# the proxy supports the mapping protocol
import sys
def f(a, b=2):
    c = 3
    fl = sys._getframe().f_locals
    fl['extra'] = 'e'
    print(list(fl.keys()))
    print(list(fl.values())[:3], len(fl))
    print([k for k, v in fl.items()])
    print(list(fl))
    print('a' in fl, 'zz' in fl, 'extra' in fl)
    print(fl.get('a'), fl.get('zz'), fl.get('zz', 'default'))
    fl.update({'a': 'A', 'new': 'N'})
    try:
        fl.update(b='B')
    except TypeError as e:
        print(type(e).__name__, e)
    fl.update({'b': 'B'})
    try:
        fl.update([('c', 'C')])
    except TypeError as e:
        print(type(e).__name__, e)
    fl.update(sys._getframe().f_locals)
    fl.update({'c': 'C'})
    print(a, b, c, fl['new'])
    cp = fl.copy()
    print(type(cp).__name__, sorted(cp))
    cp['a'] = 'not written back'
    print(a)
    print(fl.setdefault('a', 'ignored'), fl.setdefault('fresh', 'F'))
    print(list(reversed(fl)))
    merged = fl | {'m': 1}
    print(type(merged).__name__, sorted(merged))
    merged2 = {'m': 1} | fl
    print(type(merged2).__name__, sorted(merged2))
    fl |= {'a': 'ior'}
    print(a, type(fl).__name__)
    print(fl == dict(fl), fl != {}, dict(fl) == fl)
    print(sorted(dict(fl)))
    try:
        hash(fl)
    except TypeError as e:
        print(type(e).__name__, e)
    print(bool(fl))
f(1)
# missing methods of dict
def g():
    fl = sys._getframe().f_locals
    for name in ('pop', 'popitem', 'clear', 'fromkeys'):
        print(name, hasattr(fl, name))
    try:
        fl.pop('x')
    except AttributeError as e:
        print(type(e).__name__, e)
g()
# len and iteration count unbound locals out
def h():
    fl = sys._getframe().f_locals
    n1 = len(fl)
    x = 1
    n2 = len(fl)
    del x
    n3 = len(fl)
    return n1, n2, n3
print(h())
# an empty function frame
def empty():
    return len(sys._getframe().f_locals), bool(sys._getframe().f_locals)
print(empty())
