# Seed 001: PEP 667 example. Writes through frame.f_locals reach fast locals (x, y);
# an unknown name (z) is kept in the frame's extra dict but z still compiles as a global.
import sys

def l():
    "Get the locals of caller"
    return sys._getframe(1).f_locals

def test():
    if 0: y = 1 # Make 'y' a local variable
    x = 1
    l()['x'] = 2
    l()['y'] = 4
    l()['z'] = 5
    print(locals(), x)

test()

# locals() lists fast locals in the order the compiler first saw them (y came first above)
def test_order():
    x = 1
    if 0: y = 1
    l()['x'] = 2
    l()['y'] = 4
    l()['z'] = 5
    print(locals(), x)

test_order()

def test_y():
    if 0: y = 1
    l()['y'] = 4
    print(y)

test_y()

def test_z():
    x = 1
    l()['z'] = 5
    print(l()['z'], 'z' in locals())
    try:
        print(z)
    except NameError as e:
        print(type(e).__name__, e)

test_z()

z = "global z"

def test_z_global():
    l()['z'] = 5
    print(z, locals())

test_z_global()

def test_proxy():
    a = 1
    proxy = l()
    print(type(proxy).__name__, proxy['a'], 'a' in proxy, sorted(proxy.keys()))
    a = 10
    print(proxy['a'])
    proxy['a'] = 20
    print(a)
    try:
        del proxy['a']
    except TypeError as e:
        print(type(e).__name__, e)

test_proxy()
