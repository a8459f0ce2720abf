# generator frames: f_back while running and while suspended
import sys
def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
g = gen()
def first_consumer():
    return next(g)
def second_consumer():
    return next(g)
print(first_consumer(), second_consumer())
print(g.gi_frame.f_back)
# gi_frame details
def counting():
    n = 0
    while True:
        n += 1
        yield n
c = counting()
print(c.gi_frame.f_code.co_name, c.gi_frame.f_lineno, c.gi_running)
next(c)
print(c.gi_frame.f_lineno, c.gi_frame.f_locals['n'])
for _ in range(4999):
    next(c)
print(c.gi_frame.f_locals['n'])
c.close()
print(c.gi_frame)
# the frame object of a generator is stable across resumptions
def same_frame():
    a = sys._getframe()
    yield
    b = sys._getframe()
    yield a is b
s = same_frame()
next(s)
print(next(s))
# gi_running inside the generator
def running():
    yield me.gi_running
me = running()
print(next(me), me.gi_running)
# a generator's frame f_globals is the defining module's namespace
print(c.gi_code.co_name, me.gi_frame.f_globals is globals())
# generator created by exec'd code with a separate globals dict
ns = {'sys': sys}
exec("def eg():\n    yield sys._getframe().f_globals is globals()\n", ns)
gg = ns['eg']()
print(next(gg), gg.gi_frame.f_globals is ns)
