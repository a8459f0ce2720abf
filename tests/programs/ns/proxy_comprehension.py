# the proxy inside inlined comprehensions in functions
import sys
def f():
    out = 'outer'
    r = [sorted(sys._getframe().f_locals) for i in range(1)]
    print(r)
    r2 = [sys._getframe().f_locals['i'] for i in range(3)]
    print(r2)
    # the iteration variable, once the comprehension is done, is not visible
    fl = sys._getframe().f_locals
    print('i' in fl)
    # write to an outer local from inside a comprehension
    r3 = [fl.update({'out': k}) for k in 'abc']
    print(out)
    return fl
f()
# the iteration variable shadowing an outer local: the outer value comes back
def g():
    x = 'outer x'
    fl = sys._getframe().f_locals
    inside = [fl['x'] for x in range(2)]
    return inside, x, fl['x']
print(g())
# writing the iteration variable through the proxy during the comprehension
def h():
    fl = sys._getframe().f_locals
    return [(x, fl.update({'x': x * 10}), x)[::2] for x in range(3)]
print(h())
# hot comprehension with proxy writes to an accumulator
def hot():
    total = 0
    fl = sys._getframe().f_locals
    [fl.update({'total': fl['total'] + n}) for n in range(5000)]
    return total
print(hot())
