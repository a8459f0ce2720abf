# co_cellvars and co_freevars
def outer(a, b):
    c = 1
    d = 2
    def inner():
        return a + c
    def inner2():
        nonlocal d
        d += 1
        def innermost():
            return d + b
        return innermost
    return inner, inner2

oc = outer.__code__
print(oc.co_varnames, oc.co_cellvars, oc.co_freevars)
i1, i2 = outer(1, 2)
print(i1.__code__.co_varnames, i1.__code__.co_cellvars, i1.__code__.co_freevars)
print(i2.__code__.co_varnames, i2.__code__.co_cellvars, i2.__code__.co_freevars)
im = i2()
print(im.__code__.co_freevars, [c.cell_contents for c in im.__closure__])
# an argument that is a cell appears in both co_varnames and co_cellvars
def argcell(x):
    return lambda: x
print(argcell.__code__.co_varnames, argcell.__code__.co_cellvars)
# a method using super() or __class__ has __class__ as a free variable
class K:
    def m(self):
        return __class__
    def n(self):
        return super().__repr__
    def p(self):
        return 1
print(K.m.__code__.co_freevars, K.n.__code__.co_freevars, K.p.__code__.co_freevars)
print(K.m.__closure__[0].cell_contents is K)
# a comprehension in a function does not add a code object, but its cells count
def comp_cells():
    return [lambda: i for i in range(2)]
print(comp_cells.__code__.co_varnames, comp_cells.__code__.co_cellvars)
# a genexpr is its own code object with the outer names as free variables
def genfree():
    k = 3
    return (x * k for x in range(2))
print(genfree.__code__.co_cellvars)
gg = genfree()
print(gg.gi_code.co_freevars, gg.gi_code.co_varnames)
# class body code objects
def class_factory():
    v = 1
    class C:
        w = v
        def get(self):
            return v
    return C
print(class_factory.__code__.co_cellvars)
print(class_factory().get.__code__.co_freevars)
# closure cells
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter()
inc(); inc()
print(inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
# an unbound cell
def unbound_cell():
    def get():
        return late
    cell = get.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    late = 'bound now'
    return cell.cell_contents
print(unbound_cell())
