# locals() includes cell and free variables that are bound
def outer():
    a = 1
    b = 2
    unbound_cell = None
    del unbound_cell
    def inner():
        c = 3
        return a, c, locals()
    def uses_unbound():
        return unbound_cell
    print(sorted(locals()))
    print(inner()[2])
    return inner
outer()
# free variables appear only when referenced in the function (and bound)
def outer2():
    x = 'x'
    y = 'y'
    def f():
        x
        return locals()
    def g():
        return locals()
    return f(), g()
print(outer2())
# order: fast locals first (co_varnames order), then cells that are not args, then frees
def outer3(arg):
    late_cell = 'cell'
    first = 'first'
    def inner(p):
        q = p
        late_cell, arg
        return sorted(locals()), list(locals())
    return locals(), inner('P')
lo, (s, order) = outer3('A')
print(list(lo))
print(order)
print(outer3.__code__.co_varnames, outer3.__code__.co_cellvars)
# a cell rebound after the closure was made
def rebinding():
    v = 1
    def get():
        return v, locals()
    v = 2
    r1 = get()
    v = 3
    return r1, get()
print(rebinding())
# a free variable that is later deleted in the outer function
def deleting():
    w = 'w'
    def get():
        try:
            return w
        except NameError as e:
            return type(e).__name__ + ': ' + str(e) + ' ' + str(sorted(locals()))
    r = get()
    del w
    return r, get()
print(deleting())
