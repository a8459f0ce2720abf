# co_flags: only the documented bits
OPT, NEWL, VARARGS, VARKW, GEN = 0x01, 0x02, 0x04, 0x08, 0x20
def show(label, co):
    f = co.co_flags
    print(label, 'optimized', bool(f & OPT), 'newlocals', bool(f & NEWL),
          'varargs', bool(f & VARARGS), 'varkw', bool(f & VARKW), 'generator', bool(f & GEN))

def plain(a): return a
def star(*a): pass
def kw(**k): pass
def both(x, *a, y, **k): pass
def gen():
    yield 1
def gen_from():
    yield from ()
lam = lambda: 0
class C:
    def m(self): pass
def outer():
    x = 1
    def inner(): return x
    return inner

show('plain', plain.__code__)
show('star', star.__code__)
show('kw', kw.__code__)
show('both', both.__code__)
show('gen', gen.__code__)
show('gen_from', gen_from.__code__)
show('lambda', lam.__code__)
show('method', C.m.__code__)
show('inner', outer().__code__)
show('genexpr', (i for i in ()).gi_code)
show('module exec', compile("x = 1", "<t>", "exec"))
show('module eval', compile("x", "<t>", "eval"))
show('single', compile("x", "<t>", "single"))
show('exec def', compile("def f(*a, **k):\n    yield\n", "<t>", "exec"))
# find the function code inside the module code without relying on constant order
mod = compile("def f(*a, **k):\n    yield\n", "<t>", "exec")
ns = {}
exec(mod, ns)
show('f from exec', ns['f'].__code__)
# the class body code object: not optimized, not newlocals... but find it by running
import sys
body_code = []
class D:
    body_code.append(sys._getframe().f_code)
show('class body', body_code[0])
print(body_code[0].co_name, body_code[0].co_qualname)
