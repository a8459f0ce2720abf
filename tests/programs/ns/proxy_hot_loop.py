# writes through the proxy inside hot loops (the JIT compiles these loops)
import sys
def accumulate():
    acc = 0
    fl = sys._getframe().f_locals
    for i in range(5000):
        acc += i
        if i % 1000 == 500:
            fl['acc'] = 0
    return acc
print(accumulate())
def while_loop_var():
    i = 0
    fl = sys._getframe().f_locals
    steps = 0
    while i < 5000:
        steps += 1
        fl['i'] = i + 10
        i += 1
    return i, steps
print(while_loop_var())
def for_loop_var():
    fl = sys._getframe().f_locals
    seen = []
    for i in range(5000):
        if i % 1250 == 0:
            seen.append(i)
        fl['i'] = -1
        if i != -1:
            seen.append('not written')
    after = i
    fl['i'] = 'final'
    return seen, after, i
print(for_loop_var())
def every_iteration():
    fl = sys._getframe().f_locals
    total = 0
    for i in range(5000):
        fl['total'] = fl['total'] + i
    return total
print(every_iteration())
def read_in_loop():
    fl = sys._getframe().f_locals
    v = 0
    mismatches = 0
    for i in range(5000):
        v = i * 2
        if fl['v'] != v:
            mismatches += 1
    return mismatches, fl['v'], fl['i']
print(read_in_loop())
def helper_writes():
    k = 0
    for i in range(5000):
        bump()
    return k
def bump():
    sys._getframe(1).f_locals['k'] += 1
print(helper_writes())
def cell_in_loop():
    c = 0
    def get():
        return c
    fl = sys._getframe().f_locals
    s = 0
    for i in range(5000):
        fl['c'] = i
        s += get()
    return s, c
print(cell_in_loop())
