# exec with a globals dict only: locals is the same dict
g = {'a': 1}
exec("b = a + 1\nprint(locals() is globals())", g)
print(sorted(k for k in g if k != '__builtins__'))
print(g['b'])
exec("def f():\n    return a + b\n", g)
print(g['f']())
g['a'] = 100
print(g['f']())
print(g['f'].__globals__ is g)
exec("class C:\n    x = a\n    def m(self):\n        return b\n", g)
print(g['C'].x, g['C']().m())
exec("import sys", g)
print(type(g['sys']).__name__)
exec("global a\na = 'rebound'", g)
print(g['a'])
exec("del b", g)
print('b' in g)
exec("lst = [a for _ in range(2)]", g)
print(g['lst'])
exec("fn = lambda: lst", g)
print(g['fn']())
g2 = {}
exec("x = 1", g2)
print(sorted(g2))
print(eval("x + 1", g2))
print(eval("globals() is locals()", g2))
# the same code object run in several globals dicts
co = compile("out = val * 2", "<test>", "exec")
for v in (1, 'ab', [0]):
    d = {'val': v}
    exec(co, d)
    print(d['out'])
# keyword arguments (new in 3.13)
d = {'q': 5}
exec("r = q * 3", globals=d)
print(d['r'])
print(eval("q + r", globals=d))
