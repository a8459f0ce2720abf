# which statements make a name local, each turning a read into UnboundLocalError
g = 'global'
def assign():
    r = g
    g = 1
def aug():
    g += 1
def for_target():
    r = g
    for g in range(1):
        pass
def with_target():
    r = g
    with Ctx() as g:
        pass
class Ctx:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return False
def except_target():
    r = g
    try:
        pass
    except Exception as g:
        pass
def import_target():
    r = g
    import sys as g
def def_target():
    r = g
    def g():
        pass
def class_target():
    r = g
    class g:
        pass
def del_target():
    r = g
    del g
def walrus_target():
    r = g
    (g := 1)
def star_target():
    r = g
    a, *g = [1, 2]
def match_target():
    r = g
    match 1:
        case g:
            pass
def unreachable_assignment():
    r = g
    if False:
        g = 1
def comprehension_only():
    r = g
    [g for g in range(1)]
    return r
for fn in (assign, aug, for_target, with_target, except_target, import_target,
           def_target, class_target, del_target, walrus_target, star_target,
           match_target, unreachable_assignment, comprehension_only):
    try:
        print(fn.__name__, 'returned', fn())
    except UnboundLocalError as e:
        print(fn.__name__, type(e).__name__, e)
    print('   varnames', fn.__code__.co_varnames)
