# class bodies: class namespace, then globals, then builtins
x = 'global x'
len = len
class A:
    r1 = x
    x = 'class x'
    r2 = x
    r3 = len('abc')
    def len(s):
        return 'class len'
    r4 = len('abc')
    del len
    r5 = len('abc')
    del x
    r6 = x
print(A.r1, A.r2, A.r3, A.r4, A.r5, A.r6)
del len
# methods skip the class scope
y = 'global y'
class B:
    y = 'class y'
    def m(self):
        return y
    lam = lambda self: y
    def default(self, v=y):
        return v
print(B().m(), B().lam(), B().default())
# a name not found anywhere
try:
    class E:
        ok = 1
        bad = undefined_anywhere
except NameError as e:
    print(type(e).__name__, e)
# builtins shadowed in the class body only
class F:
    print = 'class print'
    captured = print
print(F.captured)
print('builtin print still fine')
# class body executes statements in order
order = []
class G:
    order.append('first')
    if True:
        branch = 'taken'
    for i in range(3):
        order.append(i)
    while len(order) < 6:
        order.append('w')
    try:
        raise KeyError('k')
    except KeyError as err:
        caught = str(err)
    import sys as s
print(order, G.branch, G.i, G.caught, hasattr(G, 'err'), hasattr(G, 's'))
