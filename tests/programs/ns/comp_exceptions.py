# an exception inside an inlined comprehension restores the shadowed variable
def f():
    x = 'outer x'
    try:
        [1 // (x - 2) for x in range(5)]
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    return x
print(f())
def g():
    try:
        [1 // (y - 1) for y in range(5)]
    except ZeroDivisionError:
        pass
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(g())
# module level
z = 'module z'
try:
    [1 // (z - 1) for z in range(3)]
except ZeroDivisionError:
    pass
print(z)
# traceback frames: the comprehension runs in the function's frame
import sys
def h():
    try:
        [1 // 0 for _ in range(1)]
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names
print(h())
def h2():
    try:
        list(1 // 0 for _ in range(1))
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names
print(h2())
# the frame seen from inside a comprehension is the function's frame
def k():
    me = sys._getframe()
    return [sys._getframe() is me for _ in range(2)], [sys._getframe(1) is me for _ in range(1)]
print(k())
# NameError inside a comprehension for an undefined name
def m():
    try:
        return [undefined_thing for _ in range(1)]
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(m())
# UnboundLocalError inside a comprehension for an outer local not yet assigned
def n():
    try:
        r = [later for _ in range(1)]
    except UnboundLocalError as e:
        r = type(e).__name__ + ': ' + str(e)
    later = 1
    return r
print(n())
# free variable unbound inside a comprehension inside a nested function
def o():
    def inner():
        return [cellv for _ in range(1)]
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    cellv = 'now'
    return inner()
print(o())
