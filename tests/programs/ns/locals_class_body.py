# in a class body locals() is the class namespace itself
import sys
captured = {}
class C:
    a = 1
    ns = locals()
    captured['ns'] = ns
    captured['frame'] = sys._getframe().f_locals is ns
    captured['vars'] = vars() is ns
    ns['injected'] = 'through locals()'
    b = injected + '!'
    locals()['c'] = 3
    d = c + 1
    del locals()['a']
    try:
        a
        captured['a'] = 'still visible'
    except NameError as e:
        captured['a'] = str(e)
print(captured['frame'], captured['vars'])
print(C.injected, C.b, C.c, C.d, hasattr(C, 'a'))
print(captured['a'])
ns = captured['ns']
print(sorted(k for k in ns if not k.startswith('__')))
print(ns is C.__dict__, type(C.__dict__).__name__)
print(sorted(k for k in ns if k.startswith('__')))
# the namespace is a fresh dict copied into the class: later changes do not show
ns['after'] = 'late'
print(hasattr(C, 'after'))
# class body namespace keys in order
class Ordered:
    z = 1
    y = 2
    def m(self): pass
    x = 3
    keys = list(locals())
print(Ordered.keys)
# a loop in a class body writing through locals()
class Loop:
    for i in range(5000):
        locals()['total'] = locals().get('total', 0) + i
    del i
print(Loop.total, hasattr(Loop, 'i'))
# nested class bodies have their own namespaces
class Outer:
    o = 'outer'
    class Inner:
        inner_keys = [k for k in locals() if not k.startswith('__')]
        try:
            o
        except NameError as e:
            err = str(e)
    outer_keys = [k for k in locals() if not k.startswith('__')]
print(Outer.Inner.inner_keys, Outer.Inner.err, Outer.outer_keys)
