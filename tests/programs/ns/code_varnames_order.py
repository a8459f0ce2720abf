# co_varnames order: parameters first, then other locals in order of first use by the code
def assign_value_first():
    a = b = c = 0
    r = s
    s = 1
    return a, b, c, r
print(assign_value_first.__code__.co_varnames)
def dead_code():
    if 0: y = 1
    x = 1
    return x
print(dead_code.__code__.co_varnames)
def aug():
    total = 0
    for item in []:
        total += item
    return total
print(aug.__code__.co_varnames)
def params(c, b, a=1, *args, k, j=2, **kw):
    z = 1
    y = 2
print(params.__code__.co_varnames)
def unpack():
    first, (second, *rest), last = 1, (2, 3), 4
print(unpack.__code__.co_varnames)
def comprehension():
    out = [inner for inner in range(3)]
    after = 1
print(comprehension.__code__.co_varnames)
def nested_comp():
    out = [(p, q) for p in range(2) for q in range(2)]
print(nested_comp.__code__.co_varnames)
def with_try():
    try:
        t = 1
    except ValueError as err:
        handled = err
    finally:
        fin = 1
print(with_try.__code__.co_varnames)
def defs():
    def inner_fn():
        pass
    class InnerCls:
        pass
    lam = lambda: 0
print(defs.__code__.co_varnames)
def cells():
    plain = 1
    captured = 2
    def use():
        return captured
    return use
print(cells.__code__.co_varnames, cells.__code__.co_cellvars)
def imports():
    import sys
    from sys import maxsize as ms, version
print(imports.__code__.co_varnames)
def while_else():
    while False:
        w = 1
    else:
        e = 2
print(while_else.__code__.co_varnames)
def walrus():
    if (n := 10) > 5:
        m = n
print(walrus.__code__.co_varnames)
def match_stmt(v):
    match v:
        case [first, *others]:
            pass
        case {'k': val}:
            pass
        case Point(x=px) if px:
            pass
        case other:
            pass
print(match_stmt.__code__.co_varnames)
def with_stmt():
    with open(__file__) as fh, open(__file__) as fh2:
        pass
print(with_stmt.__code__.co_varnames)
def del_only():
    del gone
print(del_only.__code__.co_varnames)
def global_and_local():
    global gl
    gl = 1
    loc = 2
print(global_and_local.__code__.co_varnames)
# locals() follows the same order
def order():
    if 0: late = 0
    early = 1
    late = 2
    return list(locals())
print(order())
