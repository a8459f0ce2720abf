# hot loops inside exec'd code: LOAD_NAME/STORE_NAME semantics must survive compilation
src = '''
total = 0
for i in range(5000):
    total += i
    if i == 2500:
        marker = i
'''
for ns in ({}, None):
    if ns is None:
        g, l = {}, {}
        exec(src, g, l)
        print(sorted(l), sorted(k for k in g if k != '__builtins__'))
        print(l['total'], l['i'], l['marker'])
    else:
        exec(src, ns)
        print(ns['total'], ns['i'], ns['marker'])
# the loop body reads a name that another statement in the loop deletes and rebinds
src2 = '''
acc = []
for i in range(5000):
    if i % 1000 == 0:
        acc.append(x)
    if i == 1999:
        x = 'local x'
    if i == 3999:
        del x
'''
g2 = {'x': 'global x'}
l2 = {}
exec(src2, g2, l2)
print(l2['acc'], 'x' in l2, g2.get('x'))
g2['x'] = 'from globals'
exec(src2, g2, l2)
print(l2['acc'])
# the mapping is modified from outside the code during the loop via a builtin-like hook
log = []
def poke(ns, i):
    if i == 3000:
        ns['step'] = 100
l3 = {'step': 1, 'poke': poke}
exec('''
n = 0
for i in range(5000):
    poke(ns, i)
    n += step
''', {'ns': l3}, l3)
print(l3['n'])
# a while loop in exec with a locals mapping that counts stores
class Counting(dict):
    stores = 0
    def __setitem__(self, k, v):
        Counting.stores += 1
        dict.__setitem__(self, k, v)
m = Counting()
exec("k = 0\nwhile k < 5000:\n    k += 1\n", {}, m)
print(m['k'], Counting.stores)
