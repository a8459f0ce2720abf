# code objects of functions and classes created from compiled source
src = '''
def top(a, *rest, key=None):
    inner_var = a
    def nested(b):
        return inner_var + b
    return nested

class Box:
    def meth(self, value):
        loc = value
        return [loc for _ in range(1)]
    class Inner:
        def deep(self):
            return __class__

lam = lambda z, /, w: z
gen = (c for c in 'ab')
'''
co = compile(src, "pkg/mod.py", "exec")
print(co.co_name, co.co_qualname, co.co_filename, co.co_firstlineno, co.co_varnames, co.co_argcount)
ns = {}
exec(co, ns)
for f in (ns['top'], ns['top'](1), ns['Box'].meth, ns['Box'].Inner.deep, ns['lam']):
    c = f.__code__
    print(c.co_name, '|', c.co_qualname, '|', c.co_filename, c.co_firstlineno,
          c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
    print('   ', c.co_varnames, c.co_cellvars, c.co_freevars)
gc = ns['gen'].gi_code
print(gc.co_name, gc.co_qualname, gc.co_firstlineno, gc.co_varnames)
# the same source compiled twice gives separate code objects
co2 = compile(src, "pkg/mod.py", "exec")
print(co2 is co, co2.co_filename)
# co_firstlineno of functions follows the lines of the compiled source
src2 = "\n\n\n\ndef late():\n    pass\n"
ns2 = {}
exec(compile(src2, "<late>", "exec"), ns2)
print(ns2['late'].__code__.co_firstlineno)
# function __qualname__ and __module__ from an exec namespace
print(ns['top'].__qualname__, ns['top'].__module__)
ns3 = {'__name__': 'mymod'}
exec(co, ns3)
print(ns3['top'].__module__, ns3['Box'].__module__)
# code.replace changes metadata only
c = ns['top'].__code__
r = c.replace(co_name='renamed', co_qualname='Q.renamed', co_firstlineno=99)
print(r.co_name, r.co_qualname, r.co_firstlineno, r.co_varnames == c.co_varnames)
f = type(ns['top'])(r, ns)
print(f.__name__, f.__qualname__, f(5, key=0)(1), f.__defaults__, f.__kwdefaults__)
