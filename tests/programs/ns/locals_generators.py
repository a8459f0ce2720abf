# locals() in generators and coroutines-like frames across suspensions
def gen(a):
    yield sorted(locals().items())
    b = a * 2
    yield sorted(locals().items())
    del a
    yield sorted(locals().items())
g = gen(5)
for item in g:
    print(item)
# gi_frame.f_locals between steps
def counter():
    total = 0
    for i in range(3):
        total += i
        yield total
c = counter()
print(c.gi_frame.f_locals)
next(c)
print(c.gi_frame.f_locals)
next(c)
print(c.gi_frame.f_locals)
list(c)
print(c.gi_frame)
# generator expression frames
ge = (x * 2 for x in range(3))
print(sorted(ge.gi_frame.f_locals))
next(ge)
print(sorted(ge.gi_frame.f_locals), ge.gi_frame.f_locals['x'], type(ge.gi_frame.f_locals['.0']).__name__)
# locals() in a generator that closes over a variable
def outer():
    v = 'free'
    def inner():
        yield sorted(locals())
        v
        yield sorted(locals())
    return inner()
print(list(outer()))
# send values and look at locals
def receiver():
    got = None
    while True:
        got = yield dict(locals())
r = receiver()
print(next(r))
print(r.send('first'))
print(r.send('second'))
r.close()
