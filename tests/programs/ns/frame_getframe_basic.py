# sys._getframe and the basic frame attributes
import sys
import builtins
def a():
    return b()
def b():
    return c()
def c():
    out = []
    depth = 0
    while True:
        try:
            fr = sys._getframe(depth)
        except ValueError as e:
            out.append(type(e).__name__ + ': ' + str(e))
            break
        out.append(fr.f_code.co_name)
        depth += 1
    return out
print(a())
f0 = sys._getframe()
print(type(f0).__name__, f0.f_code.co_name, f0.f_back)
print(f0.f_globals is globals(), f0.f_builtins is builtins.__dict__, f0.f_locals is globals())
print(type(f0.f_lasti).__name__, type(f0.f_lineno).__name__)
def lines():
    fr = sys._getframe()
    first = fr.f_lineno
    second = fr.f_lineno
    return second - first
print(lines())
def caller_line():
    return sys._getframe(1).f_lineno
print(caller_line() == sys._getframe().f_lineno)
# f_back chain objects
def chain():
    me = sys._getframe()
    return me.f_back is sys._getframe(1), me.f_back.f_code.co_name
print(chain())
def wrap():
    return chain()
print(wrap())
# negative depth means 0
print(sys._getframe(-1).f_code.co_name)
# errors
for arg in (10000, 'x', None):
    try:
        sys._getframe(arg)
    except Exception as e:
        print(type(e).__name__, e)
# frames are the same object when fetched twice
def same():
    return sys._getframe() is sys._getframe()
print(same())
# f_code is the function's code
def own():
    return sys._getframe().f_code is own.__code__
print(own())
# f_globals of a function defined by exec
g = {}
exec("import sys\ndef fr():\n    return sys._getframe()", g)
fr = g['fr']()
print(fr.f_globals is g, fr.f_code.co_filename, fr.f_code.co_name)
print(fr.f_builtins is builtins.__dict__)
