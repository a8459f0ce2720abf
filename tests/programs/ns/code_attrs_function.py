# code object attributes of functions
def plain(a, b, c=1):
    d = a + b
    return d

def varargs(a, /, b, *args, k, m=2, **kw):
    local1 = 1
    return local1

def posonly(a, b, /, c):
    pass

def kwonly(*, x, y):
    pass

def nothing():
    pass

for f in (plain, varargs, posonly, kwonly, nothing):
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
    print('  varnames', c.co_varnames)
    print('  cellvars', c.co_cellvars, 'freevars', c.co_freevars)
    print('  nlocals', c.co_nlocals)
    print('  firstlineno', c.co_firstlineno, 'filename ok', c.co_filename == __file__)

class Outer:
    def method(self):
        def nested():
            pass
        return nested
    class Inner:
        def deep(self):
            pass
    @staticmethod
    def static():
        pass

print(Outer.method.__code__.co_qualname)
print(Outer().method().__code__.co_qualname)
print(Outer.Inner.deep.__code__.co_qualname)
print(Outer.static.__code__.co_qualname)
lam = lambda q: q
print(lam.__code__.co_name, lam.__code__.co_qualname, lam.__code__.co_varnames)
def gen_holder():
    return (i for i in range(3))
g = gen_holder()
print(g.gi_code.co_name, g.gi_code.co_qualname, g.gi_code.co_varnames, g.gi_code.co_argcount)
# decorated function: co_firstlineno is the line of the first decorator
def deco(f):
    return f

@deco
@deco
def decorated():
    pass
print(decorated.__code__.co_firstlineno)
# names of unusual functions
print(type(plain.__code__).__name__)
print(plain.__code__.co_filename.endswith('code_attrs_function.py'))
print(compile("def f(): pass", "rel/name.py", "exec").co_filename)
print((lambda: 0).__code__.co_firstlineno)
