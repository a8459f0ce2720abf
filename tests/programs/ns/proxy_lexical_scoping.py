# names resolved by the compiler keep their meaning whatever the proxy holds
import sys
name_g = 'global'
def get_locals():
    return sys._getframe(1).f_locals
def f():
    get_locals()['name_g'] = 'extra'
    r = [name_g]
    for i in range(5000):
        if i == 2500:
            get_locals()['name_g'] = 'extra again'
        if i in (0, 4999):
            r.append(name_g)
    r.append(eval('name_g'))
    r.append(locals()['name_g'])
    return r
print(f())
# a free variable stays a free variable
def outer():
    fv = 'enclosing'
    def inner():
        fv
        get_locals()['fv'] = 'through proxy'
        return fv
    return inner(), fv
print(outer())
# a builtin name written as extra
def shadow_builtin():
    get_locals()['print'] = 'not callable'
    print('print still works')
    return eval("print")
print(shadow_builtin())
# exec in a function sees the extra keys because they are part of locals()
def exec_sees():
    get_locals()['hidden'] = 'extra value'
    exec("print('exec sees', hidden)")
    try:
        return hidden
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(exec_sees())
# the class body of a class in a function: LOAD_NAME sees namespace writes
def class_in_function():
    class K:
        get_locals()['dyn'] = 'dynamic'
        val = dyn
    return K.val
print(class_in_function())
# the module level: writes through the frame are real globals
get_locals_mod = sys._getframe().f_locals
get_locals_mod['mod_dyn'] = 'module dynamic'
print(mod_dyn)
