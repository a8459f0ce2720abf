# eval: expressions in various namespaces
x = 10
print(eval("x + 1"))
print(eval("x + 1", {'x': 20}))
print(eval("x + 1", {'x': 20}, {'x': 30}))
print(eval("x + y", {'x': 1}, {'y': 2}))
print(eval("[x, y]", {'x': 'gx', 'y': 'gy'}, {'y': 'ly'}))
# eval of a code object compiled in 'exec' mode returns None
co = compile("z = 5", "<test>", "exec")
ns = {}
print(eval(co, ns), ns['z'])
# eval of a code object compiled in 'eval' mode
co2 = compile("a * b", "<test>", "eval")
for a, b in ((1, 2), ('x', 3), ([0], 2)):
    print(eval(co2, {'a': a, 'b': b}))
# eval in a function sees the snapshot of locals
def f(p):
    q = p * 2
    return eval("p + q")
print(f(3))
# eval cannot see enclosing function variables that are not free in the function
def outer():
    hidden = 'hidden'
    seen = 'seen'
    def inner():
        seen
        r = []
        for name in ('hidden', 'seen'):
            try:
                r.append(eval(name))
            except NameError as e:
                r.append(str(e))
        return r
    return inner()
print(outer())
# lambdas created by eval close over the globals dict
fn = eval("lambda: v", {'v': 'global v'}, {'v': 'local v'})
print(fn())
fn2 = eval("lambda v=v: v", {'v': 'global v'}, {'v': 'local v'})
print(fn2())
# eval with a walrus binds in locals
l = {}
print(eval("(w := 3) * 2", {}, l), l)
# conditional expression, comprehension and call
print(eval("[i * i for i in range(n)] if n else 'empty'", {'n': 4}))
print(eval("sorted(d)", {'d': {'b': 1, 'a': 2}}))
# strings with newlines
print(eval("(1 +\n 2)"))
print(eval("1 + 2\n"))
print(eval("1 + 2  # trailing comment"))
