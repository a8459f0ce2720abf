# exact NameError / UnboundLocalError messages and attributes
def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, '|', e, '|', e.name, '|', isinstance(e, NameError))
def global_missing():
    return not_defined_anywhere
show(global_missing)
def local_unbound():
    print(loc)
    loc = 1
show(local_unbound)
def free_unbound():
    def inner():
        return fv
    inner_result = inner
    fv = None
    del fv
    return inner_result()
show(free_unbound)
def free_before_assign():
    def inner():
        return later
    r = inner()
    later = 1
    return r
show(free_before_assign)
def assigned_nowhere():
    def inner():
        return cv
    return cv
show(assigned_nowhere)
def deleted_cell():
    cv = 1
    def inner():
        return cv
    del cv
    return cv
show(deleted_cell)
def del_unbound_local():
    del never
    never = 1
show(del_unbound_local)
def del_global_missing():
    global gm
    del gm
show(del_global_missing)
def del_free_unbound():
    def inner():
        nonlocal nl
        del nl
    nl = 1
    inner()
    inner()
show(del_free_unbound)
show(lambda: eval("missing_in_eval"))
show(lambda: exec("missing_in_exec", {}, {}))
# NameError.name for a name error raised by hand is None
try:
    raise NameError('custom')
except NameError as e:
    print(e.name, e.args)
e = NameError('x', name='given')
print(e.name, str(e))
# UnboundLocalError is a subclass of NameError
print(UnboundLocalError.__mro__[1].__name__)
# the class-body case uses NameError
def cls():
    class C:
        print(undefined_in_class)
show(cls)
