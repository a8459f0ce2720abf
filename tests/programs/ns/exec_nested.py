# exec inside exec, eval inside exec, and the namespaces they see
g = {}
exec('''
outer_name = 'outer'
exec("inner_name = outer_name + '-inner'")
r = eval("inner_name.upper()")
''', g)
print(g['inner_name'], g['r'])
# nested exec with separate locals: inner exec without dicts uses the current exec's namespaces
g2, l2 = {'G': 1}, {'L': 2}
exec('''
exec("a = G + L")
b = a
''', g2, l2)
print(sorted(l2), 'a' in g2)
# nested exec inside a function defined by exec
g3 = {}
exec('''
def f(p):
    exec("q = p * 2")
    return eval("p + 1")
''', g3)
print(g3['f'](5))
# exec passes its own dicts down explicitly
g4 = {}
exec('''
inner_g = {}
exec("z = 9", inner_g)
z_seen = inner_g['z']
''', g4)
print(g4['z_seen'], 'z' in g4)
# compile in exec'd code uses the given filename
g5 = {}
exec('''
co = compile("1/0", "<inner>", "eval")
try:
    eval(co)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    where = tb.tb_frame.f_code.co_filename
''', g5)
print(g5['where'])
# exec from within eval via a call
print(eval("exec('w = 5', d) or d['w']", {'d': {}}))
# recursion through exec
g6 = {'depth': 0}
src = '''
depth += 1
if depth < 20:
    exec(src)
'''
g6['src'] = src
exec(src, g6)
print(g6['depth'])
