# assignment expressions in a class body bind in the class namespace
class A:
    r = (w := 5) * 2
    in_if = 'yes' if (flag := True) else 'no'
print(A.r, A.w, A.in_if, A.flag)
# walrus in a comprehension iterable in a class body is rejected
for src in (
    "class B:\n    r = [i for i in (t := [1, 2])]\n",
    "class B:\n    r = [(j := i) for i in range(2)]\n",
    "class B:\n    r = [i for i in range(2) if (j := i)]\n",
    "class B:\n    r = {(k := i): 1 for i in range(2)}\n",
    "class B:\n    r = list((m := i) for i in range(2))\n",
):
    try:
        compile(src, "<test>", "exec")
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
# a lambda inside a class body with walrus binds in the lambda's scope
class C:
    f = lambda: (z := 3) + z
    r = f()
print(C.r, hasattr(C, 'z'))
# walrus in a method binds in the method
class D:
    def m(self):
        [(last := i) for i in range(3)]
        return last
print(D().m())
# walrus at the top of a class body inside a function
def fn():
    class E:
        (local_w := 'class attr')
        seen = local_w
    return E.seen, E.local_w
print(fn())
