# seed 002: exec of a code object with NAME opcodes inside a function (Python 3 translation)
def geta():
    return a
def exec_and_return(codeobj, x):
    exec(codeobj)
    return x, geta(), a
a = 5
co = compile("a = a + x; x = a", '', 'exec')
print(exec_and_return(co, 4))
print(a)
# the exec'd code worked on a snapshot: show the snapshot explicitly
def exec_with_snapshot(codeobj, x):
    ns = locals()
    exec(codeobj, globals(), ns)
    return x, ns['x'], ns['a'], a
print(exec_with_snapshot(co, 4))
print(a)
# run the code object against explicit dicts: reads the global a, writes the locals
g = {'a': 5}
l = {'x': 4}
exec(co, g, l)
print(g['a'], l)
# with a single dict both reads and writes use it
d = {'a': 5, 'x': 4}
exec(co, d)
print(d['a'], d['x'])
# inline (not through exec) the same statements would raise UnboundLocalError
def inline(x):
    a = a + x
    x = a
    return x
try:
    inline(4)
except UnboundLocalError as e:
    print(type(e).__name__, e)
# the code object's names are resolved with NAME semantics each time it runs
co2 = compile("r = a\na = 'local a'\nr2 = a\ndel a\nr3 = a", '<n>', 'exec')
l2 = {}
exec(co2, {'a': 'global a'}, l2)
print(l2)
