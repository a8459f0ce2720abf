# eval and exec in nested functions: only names the function itself references are visible
def outer():
    a = 'a'
    b = 'b'
    def inner():
        a
        results = []
        for name in ('a', 'b'):
            try:
                results.append(eval(name))
            except NameError as e:
                results.append(type(e).__name__)
        return results
    return inner()
print(outer())
# lambdas in eval close over the eval globals, not the caller's locals
def caller():
    local = 'caller local'
    fn = eval("lambda: local")
    try:
        return fn()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(caller())
# eval with the caller's locals as an explicit globals dict
def caller2():
    local = 'caller local'
    fn = eval("lambda: local", dict(locals()))
    return fn()
print(caller2())
# a nested function defined by exec inside a function cannot close over its locals
def builder():
    base = 10
    ns = {}
    exec("def add(x):\n    return x + base\n", globals(), ns)
    try:
        return ns['add'](1)
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(builder())
base = 1000
print(builder())
# functions created by eval keep the globals dict they were given
g = {'factor': 2}
double = eval("lambda v: v * factor", g)
print(double(21))
g['factor'] = 3
print(double(21))
# eval inside a comprehension inside a function sees the comprehension variable
def comp():
    return [eval("i * 10") for i in range(3)]
print(comp())
# eval inside a genexpr sees the genexpr's own locals
def gen():
    outer_only = 'o'
    return list(eval("sorted(locals())") for j in range(1))
print(gen())
