# Calls of plain Python functions run inside the caller's interpreter loop
# (no native recursion). Everything a call shows must stay as before:
# results, tracebacks, handlers in callers, frames, recursion limits.
import sys


def leaf(x):
    return x * 2


def mid(x):
    return leaf(x) + 1


print(mid(20), [mid(i) for i in range(3)])


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))


# An exception three calls down, caught two frames up, with the traceback
# of every frame it went through.
def boom(x):
    return 10 // x


def through(x):
    return boom(x) + 1


def catcher(x):
    try:
        return through(x)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return names


print(catcher(5), catcher(0))


# A handler in the callee, then the caller continues.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None


print([safe_div(1, k) for k in (0, 2, 0, 4)])


# Frames: the caller is the callee's f_back; a frame object outlives its call.
def who():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno


def asks():
    return who()


print(asks())


def keep_frame(a):
    b = a + 1
    return sys._getframe()


fr = keep_frame(41)
print(fr.f_locals, fr.f_code.co_name)


# Deep recursion is a RecursionError, and the program goes on.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
print(fib(10))


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(900))


# A hot loop in a called function, and an exception leaving it.
def hot(n):
    t = 0
    for i in range(n):
        t += i
        if i == n - 1 and n > 5000:
            raise ValueError("at %d" % i)
    return t


def calls_hot(n):
    return hot(n)


print(calls_hot(3000))
try:
    calls_hot(6000)
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


# A generator calling plain functions between its yields.
def gen(n):
    for i in range(n):
        yield leaf(i) + mid(i)


print(list(gen(4)))


# Return values of every kind feed the caller's registers.
def kinds(k):
    if k == 0:
        return 1
    if k == 1:
        return 2.5
    if k == 2:
        return "s"
    if k == 3:
        return [k]
    return None


print([kinds(k) for k in range(5)])


# An uncaught exception through several plain calls: the full traceback.
def a1():
    return b1()


def b1():
    return c1()


def c1():
    return {}["missing"]


a1()
