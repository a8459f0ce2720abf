# comprehensions inside nested functions: cells, free variables and shadowing
def outer():
    x = 'outer x'
    def inner():
        return [x + str(i) for i in range(2)]
    return inner()
print(outer())
# the iteration variable shadows an enclosing cell inside the comprehension only
def outer2():
    x = 'cell x'
    def inner():
        return [x for x in range(2)], x
    return inner()
print(outer2())
# a comprehension iteration variable captured by a nested function inside the comprehension
def outer3():
    fns = [(lambda: y) for y in 'ab']
    y = 'outer y'
    return [f() for f in fns], y
print(outer3())
# a cell-variable in the enclosing function used as comprehension target
def outer4():
    z = 'z cell'
    get = lambda: z
    r = [z for z in range(3)]
    return r, z, get()
print(outer4())
# nonlocal rebinding inside a comprehension-using function
def outer5():
    count = 0
    def bump():
        nonlocal count
        [count := count + 1 for _ in range(5)]
        return count
    bump()
    return bump(), count
print(outer5())
# comprehension in a default argument of a nested function
def outer6():
    base = 3
    def inner(vals=[base * i for i in range(3)]):
        return vals
    return inner()
print(outer6())
# comprehension inside a lambda inside a comprehension
def outer7():
    m = 2
    fns = [lambda k=k: [k * m * j for j in range(2)] for k in range(3)]
    return [f() for f in fns]
print(outer7())
# deep nesting, each level binding the same name
def outer8():
    n = 'f'
    def g():
        n = 'g'
        def h():
            return [[n for n in 'x'] + [n] for _ in range(1)]
        return h()
    return g()
print(outer8())
