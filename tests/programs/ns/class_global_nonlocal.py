# global and nonlocal declarations in class bodies
g = 'module g'
class A:
    global g
    old = g
    g = 'set in class body'
print(A.old, g, 'g' in A.__dict__)
def f():
    n = 'function n'
    class B:
        nonlocal n
        seen = n
        n = 'changed by class body'
    return B.seen, n, 'n' in B.__dict__
print(f())
# nonlocal in a class body makes the name free: writes go to the cell
def counter():
    count = 0
    class C:
        nonlocal count
        for _ in range(5000):
            count += 1
    return count
print(counter())
# nonlocal in a class body at module level has no binding
try:
    compile("class X:\n    nonlocal q\n", "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
# global in a class body inside a function
def h():
    class D:
        global made_by_class
        made_by_class = 'global from nested class'
    return 'made_by_class' in D.__dict__
print(h(), made_by_class)
# methods of a class with a global declaration in its body are unaffected
zz = 'module zz'
class E:
    global zz
    zz = 'changed zz'
    def m(self):
        zz = 'method local'
        return zz
print(E().m(), zz)
# a class body nonlocal shared with a method
def shared():
    s = 'initial'
    class F:
        nonlocal s
        s = 'from class body'
        def m(self):
            return s
    return F().m()
print(shared())
