# locals() order: fast locals (co_varnames order), then cells, then bound free variables, then extras
import sys
def outer(arg_cell, arg_plain):
    cell_late = 'cl'
    plain = 'p'
    def inner(p1):
        sys._getframe().f_locals['extra_one'] = 1
        local_inner = 'li'
        captured = 'cap'
        def innermost():
            return captured
        arg_cell, cell_late
        sys._getframe().f_locals['extra_two'] = 2
        return list(locals())
    print(inner.__code__.co_varnames, inner.__code__.co_cellvars, inner.__code__.co_freevars)
    print(inner('P'))
    return list(locals())
print(outer('AC', 'AP'))
print(outer.__code__.co_varnames, outer.__code__.co_cellvars)
# unbound entries are skipped anywhere in the order
def gaps():
    a = 1
    if False:
        b = 2
    c = 3
    def use():
        return d
    if False:
        d = 4
    sys._getframe().f_locals['e'] = 5
    return list(locals())
print(gaps())
# an extra key equal to a later-bound local name: the local takes over once bound
def takeover():
    sys._getframe().f_locals['zz'] = 'extra'
    first = list(locals().items())
    if True:
        pass
    return first
print(takeover())
def takeover2():
    fl = sys._getframe().f_locals
    fl['later'] = 'via proxy'
    r1 = later
    later = 'normal'
    return r1, later, list(locals())
print(takeover2())
