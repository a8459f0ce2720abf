# comprehensions in class bodies see the class namespace only through their first iterable
class A:
    items = [1, 2, 3]
    factor = 10
    ok = [i for i in items]
    try:
        bad = [i * factor for i in items]
    except NameError as e:
        bad = type(e).__name__ + ': ' + str(e)
    nested_first = [j for j in [k for k in items]]
    try:
        nested_inner = [[j for j in items] for _ in range(1)]
    except NameError as e:
        nested_inner = str(e)
    cond = [i for i in items if i > 1]
    dct = {i: i for i in items}
    st = sorted({i % 2 for i in items})
    gen = list(i for i in items)
print(A.ok, A.bad, A.nested_first, A.nested_inner, A.cond, A.dct, A.st, A.gen)
print(hasattr(A, 'i'), hasattr(A, 'j'), hasattr(A, 'k'))
# a global with the same name as the class attribute is what the comprehension sees
factor = 'global factor '
class B:
    factor = 'class factor'
    seen = [factor for _ in range(1)]
print(B.seen)
# class inside a function: the comprehension sees the function's cells
def f():
    scale = 3
    class C:
        scale = 100
        items = [1, 2]
        r = [i * scale for i in items]
    return C.r
print(f())
# iteration variables do not become class attributes and do not clobber class names
class D:
    x = 'class x'
    r = [x for x in range(3)]
    after = x
print(D.r, D.after)
# a lambda in a comprehension in a class body
class E:
    fns = [lambda: i for i in range(3)]
    vals = [g() for g in fns]
print(E.vals)
# walrus inside a class-body comprehension is a SyntaxError
try:
    compile("class F:\n    r = [(y := i) for i in range(3)]\n", "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
# a comprehension over locals() in a class body (first iterable, evaluated in class scope)
class G:
    a = 1
    b = 2
    names = [n for n in list(locals()) if not n.startswith('__')]
print(G.names)
# comprehension in class body in a loop of class creations
results = []
for n in range(200):
    class H:
        base = n
        vals = [v + 1 for v in [base, base]]
    results.append(H.vals[0])
print(sum(results))
