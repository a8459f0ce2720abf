# comprehensions at the top level of exec'd code (inlined, PEP 709)
g = {}
l = {'k': 3, 'items': [1, 2]}
exec("r1 = [i * k for i in items]", g, l)
print(l['r1'], 'i' in l)
# the iteration variable does not leak and does not clobber a same-named local
l['i'] = 'keep'
exec("r2 = [i for i in range(3)]", g, l)
print(l['r2'], l['i'])
# a lambda in a comprehension captures the iteration variable, but k is not visible
exec("fs = [lambda: i for i in range(3)]", g, l)
print([f() for f in l['fs']])
exec("fk = [lambda: k for i in range(1)]", g, l)
try:
    l['fk'][0]()
except NameError as e:
    print(type(e).__name__, e)
# generator expressions are still separate scopes: free names resolved as globals
exec("gen = (i * k for i in items)", g, l)
try:
    print(list(l['gen']))
except NameError as e:
    print(type(e).__name__, e)
g['k'] = 100
exec("gen = (i * k for i in items)", g, l)
print(list(l['gen']))
del g['k']
# the outermost iterable of a genexpr is evaluated in the exec scope
exec("gen2 = (x for x in items)", g, l)
print(list(l['gen2']))
# walrus in a top-level comprehension binds like a global (STORE_GLOBAL): the globals dict
exec("r3 = [last := v for v in items]", g, l)
print(l.get('last'), g.get('last'))
# while a plain walrus at the top level binds in locals
exec("(plain := 7)", g, l)
print(l.get('plain'), g.get('plain'))
# dict and set comprehensions
exec("d = {v: v * k for v in items}\ns = {v % 2 for v in items}", g, l)
print(l['d'], sorted(l['s']))
# nested comprehensions
exec("m = [[a * b * k for b in items] for a in items]", g, l)
print(l['m'])
# comprehension in a class body in exec: class variables invisible except first iterable
exec('''
class C:
    base = [1, 2]
    mult = 10
    ok = [b * 2 for b in base]
    try:
        bad = [b * mult for b in base]
    except NameError as e:
        err = str(e)
''', g, l)
print(l['C'].ok, l['C'].err)
