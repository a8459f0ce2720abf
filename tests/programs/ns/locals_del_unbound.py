# unbound and deleted locals, and their visibility through locals()
def f():
    a = 1
    b = 2
    print(sorted(locals()))
    del a
    print(sorted(locals()))
    try:
        print(a)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        del a
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    a = 'rebound'
    print(sorted(locals()), a)
f()
# a variable bound only in one branch
def g(flag):
    if flag:
        v = 'set'
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(g(True))
print(g(False))
# except clause targets are deleted at the end of the handler
def h():
    e = 'before'
    try:
        raise ValueError('x')
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return str(err), sorted(locals())
print(h())
# the same at module level: NameError
mod_e = 'before'
try:
    raise KeyError('k')
except KeyError as mod_e:
    pass
try:
    mod_e
except NameError as err:
    print(type(err).__name__, err)
# deleting in a loop
def loop():
    out = []
    for i in range(5000):
        tmp = i
        if i % 2:
            del tmp
        if i >= 4996:
            out.append('tmp' in locals())
    return out
print(loop())
# augmented assignment on an unbound local
def aug():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 0
aug()
# the local shadows the global in the whole function
glob = 'global'
def shadow():
    try:
        print(glob)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    glob = 'local'
    return glob
print(shadow())
