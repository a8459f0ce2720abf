# frames of code run by exec/eval
import sys
g = {'sys': sys}
l = {}
exec("fr = sys._getframe()", g, l)
fr = l['fr']
print(fr.f_locals is l, fr.f_globals is g, fr.f_code.co_name, fr.f_code.co_filename)
print(fr.f_back.f_code.co_name)
exec("fr2 = sys._getframe()", g)
print(g['fr2'].f_locals is g)
# exec with a mapping as locals: f_locals is that mapping
class M(dict):
    pass
m = M(sys=sys)
exec("fr3 = sys._getframe()", {}, m)
print(m['fr3'].f_locals is m, type(m['fr3'].f_locals).__name__)
# eval frames
e = eval("sys._getframe()", {'sys': sys}, {'loc': 1})
print(e.f_code.co_name, e.f_locals)
# f_back from exec'd code into the calling function
def caller():
    token = 'in caller'
    return eval("sys._getframe().f_back.f_locals['token']", {'sys': sys})
print(caller())
# the caller's f_back from inside a function defined in exec'd code
g2 = {'sys': sys}
exec('''
def who_called():
    return sys._getframe(1).f_code.co_name
''', g2, g2)
def some_function():
    return g2['who_called']()
print(some_function())
print(eval("who_called()", g2))
# compile filename shows in f_code
co = compile("import sys\nframe = sys._getframe()", "script/name.py", "exec")
d = {}
exec(co, d)
print(d['frame'].f_code.co_filename, d['frame'].f_lineno)
# f_builtins is the __builtins__ of the exec globals
rb = {'print': print}
d2 = {'__builtins__': rb, 'sys': sys}
exec("f = sys._getframe()", d2)
print(d2['f'].f_builtins is rb)
