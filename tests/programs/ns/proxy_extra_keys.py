# keys that are not locals go to the frame's extra dict
import sys
z = 'global z'
def f():
    fl = sys._getframe().f_locals
    fl['z'] = 'extra z'
    print(z)
    print(fl['z'], locals()['z'])
    print('z' in fl, 'z' in locals())
    fl['len'] = 'not a builtin'
    print(len('abc'))
    print(sorted(locals()))
    print(sorted(sys._getframe().f_locals))
    fl['z'] = 'extra z 2'
    print(locals()['z'])
    return fl
fl = f()
print(z)
print(fl['z'])
# extra keys are per frame: a second call starts clean
def g():
    fl = sys._getframe().f_locals
    before = 'extra' in fl
    fl['extra'] = 1
    return before
print(g(), g())
# extra keys of a caller via sys._getframe(1)
def add_extra():
    sys._getframe(1).f_locals['from_callee'] = 'hello'
def h():
    add_extra()
    try:
        return from_callee
    except NameError as e:
        return type(e).__name__ + ': ' + str(e), locals()['from_callee']
print(h())
# non-string keys
def nonstr():
    fl = sys._getframe().f_locals
    fl[1] = 'one'
    fl[(2, 3)] = 'tuple'
    return [k for k in fl if not isinstance(k, str)], locals()[1]
print(nonstr())
# unhashable key
def unhashable():
    fl = sys._getframe().f_locals
    try:
        fl[[1]] = 2
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        fl[[1]]
    except TypeError as e:
        print(type(e).__name__, e)
unhashable()
# an extra key that collides with a free variable name in a nested function
def outer():
    fl = sys._getframe().f_locals
    fl['q'] = 'extra q'
    def inner():
        try:
            return q
        except NameError as e:
            return str(e)
    return inner()
q = 'global q'
print(outer())
