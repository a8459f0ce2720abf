class A: pass
class B(A): pass

try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class D(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    type("T", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)

# Fine order works
class C2(B, A): pass
print([k.__name__ for k in C2.__mro__])

try:
    class U(object, A): pass
except TypeError as e:
    print(type(e).__name__, e)
