# writing cells and free variables through the proxy changes the real variables
import sys
def outer():
    cell = 'original'
    def reader():
        return cell
    sys._getframe().f_locals['cell'] = 'written by outer proxy'
    r1 = reader()
    def writer():
        cell
        sys._getframe().f_locals['cell'] = 'written by inner proxy'
    writer()
    return r1, cell, reader()
print(outer())
# free variable read through the inner frame proxy
def outer2():
    v = 1
    def inner():
        v
        fl = sys._getframe().f_locals
        return fl['v'], sorted(fl)
    r = inner()
    v = 2
    def inner_no_ref():
        fl = sys._getframe().f_locals
        return sorted(fl), fl.get('v', 'v is not free here')
    return r, inner(), inner_no_ref()
print(outer2())
# a cell that is unbound at the time of the write
def outer3():
    def get():
        return late
    sys._getframe().f_locals['late'] = 'bound by proxy'
    r = get()
    late = 'bound normally'
    return r, get()
print(outer3())
# counter closure modified through the proxy of the inner frame in a loop
def make_counter():
    count = 0
    def step():
        nonlocal count
        fl = sys._getframe().f_locals
        fl['count'] = fl['count'] + 2
        count -= 1
        return count
    return step, lambda: count
step, peek = make_counter()
for _ in range(5000):
    step()
print(peek())
# class body inside a function: f_locals is the class namespace, not the function cell
def with_class():
    x = 'function x'
    class K:
        sys._getframe().f_locals['x'] = 'class ns x'
        seen = x
    return K.seen, K.x, x
print(with_class())
