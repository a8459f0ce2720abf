# one code object, many namespaces: each run creates new functions and classes
src = '''
counter = counter + 1 if 'counter' in globals() else 1
def f():
    return counter
class K:
    level = counter
'''
co = compile(src, "<reuse>", "exec")
spaces = [{} for _ in range(3)]
for ns in spaces:
    exec(co, ns)
exec(co, spaces[0])
print([ns['counter'] for ns in spaces])
print([ns['f']() for ns in spaces])
print([ns['K'].level for ns in spaces])
print(spaces[0]['f'] is spaces[1]['f'], spaces[0]['f'].__code__ is spaces[1]['f'].__code__)
print(spaces[0]['K'] is spaces[1]['K'])
# the functions share the code object but not the globals
print([ns['f'].__globals__ is ns for ns in spaces])
# a code object run in a loop of 5000 iterations against a single dict
step = compile("n = n * 3 % 1000003 + i", "<step>", "exec")
d = {'n': 1}
for i in range(5000):
    d['i'] = i
    exec(step, d)
print(d['n'])
# an eval code object in a hot loop with changing locals
expr = compile("a * b - c", "<expr>", "eval")
acc = 0
for i in range(5000):
    acc += eval(expr, {}, {'a': i, 'b': 2, 'c': 1})
print(acc)
# a code object compiled in a function is independent of that function's locals
def make_code():
    hidden = 'function local'
    return compile("hidden", "<inner>", "eval")
c = make_code()
try:
    eval(c)
except NameError as e:
    print(type(e).__name__, e)
hidden = 'module global'
print(eval(c))
print(eval(c, {'hidden': 'explicit'}))
