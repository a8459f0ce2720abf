# exec and eval called from class bodies
class A:
    exec("a = 1")
    b = a + 1
    exec("c = b * 10", globals(), locals())
    d = eval("c + 1")
print(A.a, A.b, A.c, A.d)
class B:
    ns = {}
    exec("inner = 'only in ns'", globals(), ns)
    has_inner = 'inner' in locals()
print(B.ns, B.has_inner)
# functions defined by exec in a class body become methods
class C:
    exec("def method(self):\n    return 'exec method'")
print(C().method())
# exec'd code in a class body does not see the enclosing function's variables
def f():
    hidden = 'hidden'
    class D:
        try:
            exec("r = hidden")
        except NameError as e:
            err = str(e)
        seen = hidden
    return D.err, D.seen
print(f())
# the class namespace is the exec locals, so later code in the body sees exec's names
class E:
    for i in range(3):
        exec("v" + str(i) + " = i * i")
    total = v0 + v1 + v2
print(E.total, sorted(k for k in vars(E) if k.startswith('v')))
# globals() inside a class body is the module namespace
class F:
    g_is_module = globals() is __import__('sys').modules[__name__].__dict__
print(F.g_is_module)
