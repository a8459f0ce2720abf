# exec/eval default namespaces inside functions use a fresh locals() snapshot each call
def f():
    x = 1
    exec("x = 2; new = 3")
    exec("print('second exec sees', sorted(k for k in locals()))")
    print(x)
    d = locals()
    exec("x = 4; new = 5", None, d)
    print(x, d['x'], d['new'])
    print(eval("x"), eval("x", None, d))
    exec("print(x)", None, d)
f()
# exec with an explicit snapshot and reading back
def g():
    ns = {}
    total = 0
    for i in range(5000):
        ns['i'] = i
        exec("t = i * 2", globals(), ns)
        total += ns['t']
    return total
print(g())
# eval of locals() itself
def h(a):
    b = 2
    snap = eval("locals()")
    return sorted(snap), snap is eval("locals()")
print(h(1))
# exec using globals() only inside a function writes real globals
def k():
    exec("from_k = 'global now'", globals())
    return from_k
print(k(), from_k)
# exec default inside a class body: locals is the class namespace
class C:
    exec("made_in_exec = 'class attr'")
    seen = made_in_exec
print(C.made_in_exec, C.seen)
# exec default inside a nested function sees free variables that are referenced
def outer():
    cell = 'cell value'
    def inner():
        cell
        exec("print('exec reads', cell)")
        exec("cell = 'changed'")
        return cell
    return inner()
print(outer())
