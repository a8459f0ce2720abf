# f_locals proxies of generator frames
import sys
def gen():
    x = 0
    while True:
        got = yield x
        x += 1
g = gen()
next(g)
fl = g.gi_frame.f_locals
print(type(fl).__name__, sorted(fl))
fl['x'] = 100
print(g.send('a'))
print(g.gi_frame.f_locals['got'])
fl['extra'] = 'e'
print(sorted(g.gi_frame.f_locals))
g.close()
print(g.gi_frame)
# the generator writes its own locals through sys._getframe
def self_writer():
    n = 0
    for i in range(5000):
        sys._getframe().f_locals['n'] = n + 2
        if i % 1000 == 0:
            yield n
print(list(self_writer()))
# a generator expression frame
ge = (v * 2 for v in range(3))
next(ge)
gfl = ge.gi_frame.f_locals
print(sorted(gfl), gfl['v'])
gfl['v'] = 'replaced'
print(gfl['v'])
print(list(ge))
# a suspended generator's proxy writes are seen when it resumes
def resume():
    a = 'before'
    yield
    yield a
r = resume()
next(r)
r.gi_frame.f_locals['a'] = 'after'
print(next(r))
