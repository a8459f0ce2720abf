# classes defined by exec with separate locals: methods see the globals dict only
g = {'G': 'g-value'}
l = {'L': 'l-value'}
src = '''
try:
    class Bad:
        a = L      # the class body does NOT see the exec locals
except NameError as e:
    err = str(e)
class C:
    b = G
    def m(self):
        return G
    def n(self):
        return L
    def o(self):
        return C
'''
exec(src, g, l)
C = l['C']
print(l['err'])
print(C.b, C().m())
try:
    C().n()
except NameError as e:
    print(type(e).__name__, e)
try:
    C().o()
except NameError as e:
    print(type(e).__name__, e)
print(C.__module__ if hasattr(C, '__module__') else 'no module')
print(C.__qualname__)
# when globals has __name__, __module__ picks it up
g2 = {'__name__': 'fake_mod'}
exec("class D: pass", g2)
print(g2['D'].__module__)
# with separate locals, __module__ comes from the globals
l3 = {'__name__': 'only_in_locals'}
exec("class E: pass", {'__name__': 'from_globals'}, l3)
print(l3['E'].__module__)
# a nested function in a function body works normally inside exec
src2 = '''
def outer():
    v = L2
    def inner():
        return v
    return inner()
'''
l2 = {'L2': 'seen?'}
exec(src2, {}, l2)
try:
    print(l2['outer']())
except NameError as e:
    print(type(e).__name__, e)
g4 = {'L2': 'from globals'}
exec(src2, g4, l2)
print(l2['outer']())
# comprehension inside a class inside exec with separate locals
src3 = '''
class F:
    items = [1, 2, 3]
    factor = 3
    doubled = [i * 2 for i in items]
    try:
        bad = [i * factor for i in items]
    except NameError as e:
        err = str(e)
'''
l5 = {}
exec(src3, {}, l5)
print(l5['F'].doubled, l5['F'].err)
