# del statements in exec'd code with various namespaces
g, l = {'gname': 1}, {'lname': 2}
exec("del lname", g, l)
print(l, 'gname' in g)
try:
    exec("del gname", g, l)
except NameError as e:
    print(type(e).__name__, e)
exec("global gname\ndel gname", g, l)
print('gname' in g)
try:
    exec("global gname\ndel gname", g, l)
except NameError as e:
    print(type(e).__name__, e)
# del of names bound in the same code
l2 = {}
exec("a = 1\nb = a\ndel a\nc = 'a' in dir()", {}, l2)
print(l2)
# del of a loop variable then reading it falls back to globals
g3 = {'i': 'global i'}
l3 = {}
exec("for i in range(2):\n    pass\ndel i\nafter = i", g3, l3)
print(l3)
# del with a mapping whose __delitem__ raises KeyError vs another error
class M(dict):
    def __delitem__(self, k):
        if k == 'locked':
            raise PermissionError('locked is locked')
        dict.__delitem__(self, k)
m = M(locked=1, free=2)
exec("del free", {}, m)
try:
    exec("del locked", {}, m)
except Exception as e:
    print(type(e).__name__, e)
print(sorted(m))
# del inside a function defined by exec
g4 = {}
exec("def f():\n    v = 1\n    del v\n    return 'v' in locals()\n", g4)
print(g4['f']())
# deleting many names in a hot loop
g5 = {}
exec("for n in range(5000):\n    t = n\n    del t\nok = 't' not in globals()", g5)
print(g5['ok'], g5['n'])
