# Class bodies execute top to bottom as ordinary code.
trace = []

class A:
    trace.append("start")
    x = 1
    y = x + 1
    if y > 1:
        z = "big"
    else:
        z = "small"
    for i in range(3):
        trace.append(i)
    del i
    def method(self):
        return self.x + self.y
    trace.append("end")

print(trace)
print(A.x, A.y, A.z)
print(hasattr(A, "i"))
print(A().method())

# Names in the class body are not visible inside methods.
x = "global x"

class B:
    x = "class x"
    def get(self):
        return x
    def get_cls(self):
        return self.x

print(B().get(), "|", B().get_cls())

# Class body can read enclosing function locals.
def make(n):
    class C:
        val = n * 2
        def get(self):
            return n
    return C

C = make(21)
print(C.val, C().get())

# Class body sees globals and builtins.
class D:
    length = len("hello")
    items = list(range(4))
print(D.length, D.items)

# Comprehensions in a class body cannot see class-level names except the outermost iterable.
class E:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    try:
        bad = [v + factor for v in base for factor in base]
        ok = True
    except NameError as e:
        ok = False
print(E.doubled, E.ok, hasattr(E, "bad"))

class F:
    k = 10
    try:
        r = [k for _ in range(2)]
    except NameError as e:
        r = ("NameError", str(e))
print(F.r)

# Empty class bodies and pass
class G:
    pass

class H:
    "docstring only"

print(G.__doc__, H.__doc__)
print(type(G).__name__, type(G()).__name__)

# Class attribute assignment after creation
G.added = 5
g = G()
print(g.added)
g.added = 6
print(g.added, G.added)
del g.added
print(g.added)

# Class body returns value of last expression? No; class statement binds name.
class I:
    1 + 1
print(I.__name__)

# Nested classes
class Outer:
    class Inner:
        value = 3
    ref = Inner.value
print(Outer.ref, Outer.Inner.value, Outer.Inner.__qualname__)
