# Seed 002: "deep weirdness with exec", translated to Python 3.
# In Python 3 a function that calls exec() is compiled normally: x is a fast local and
# a is a global (LOAD_GLOBAL). exec(codeobj) with no dicts runs the code against the
# function's globals and a *snapshot* of its locals (PEP 667), so nothing leaks back.
def geta():
    return a

def exec_and_return(codeobj, x):
    exec(codeobj)
    return x, geta(), a

a = 5
co = compile("a = a + x; x = a", '', 'exec')

print(exec_and_return(co, 4))
print(a)

# Variant: keep the namespace so the effect of the exec'd code is visible.
def exec_with_ns(codeobj, x):
    ns = {'x': x}
    exec(codeobj, globals(), ns)
    return x, ns, a

print(exec_with_ns(co, 4))
print(a)

# Variant: the snapshot taken by locals() is what exec() mutates.
def exec_with_locals(codeobj, x):
    snap = locals()
    exec(codeobj, globals(), snap)
    return x, snap['x'], snap['a'], a

print(exec_with_locals(co, 4))

# Variant: at module level locals() is globals(), so the global a really changes.
x = 4
exec(co)
print(a, x)
