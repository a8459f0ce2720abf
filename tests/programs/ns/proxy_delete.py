# deleting through the proxy
import sys
def f():
    x = 1
    fl = sys._getframe().f_locals
    try:
        del fl['x']
    except Exception as e:
        print(type(e).__name__, e)
    print(x)
    fl['extra'] = 2
    try:
        del fl['extra']
    except Exception as e:
        print(type(e).__name__, e)
    print('extra' in fl)
    try:
        del fl['never_existed']
    except Exception as e:
        print(type(e).__name__, e)
    try:
        fl.pop('extra')
    except Exception as e:
        print(type(e).__name__, e)
    # setting a local to a new value works; there is no way to unbind it through the proxy
    fl['x'] = None
    print(x, 'x' in fl)
f()
# a deleted local cannot be read through the proxy
def g():
    y = 1
    fl = sys._getframe().f_locals
    del y
    try:
        fl['y']
    except KeyError as e:
        print(type(e).__name__, e)
    print(fl.get('y', 'gone'), 'y' in fl)
    fl['y'] = 'revived'
    return y
print(g())
# deleting a cell variable in the frame, then reading it through the proxy
def h():
    c = 'cell'
    def get():
        return c
    fl = sys._getframe().f_locals
    del c
    print('c' in fl)
    fl['c'] = 'revived cell'
    return get()
print(h())
