class A:
    cls_attr = 1

a = A()
try:
    a.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del A.x
except AttributeError as e:
    print(type(e).__name__, e)

# AttributeError on builtins
try:
    (1).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.foo
except AttributeError as e:
    print(type(e).__name__, e)

# Setting attributes on builtin instances
try:
    (1).foo = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".upper = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)

# getattr default and hasattr
print(getattr(a, "x", "default"), hasattr(a, "x"), hasattr(a, "cls_attr"))

# AttributeError attributes
try:
    a.missing
except AttributeError as e:
    print(e.name, e.obj is a)

# Errors raised inside a property become AttributeError-visible to hasattr
class B:
    @property
    def p(self):
        raise AttributeError("inner")
    @property
    def q(self):
        raise ValueError("not attr")

b = B()
print(hasattr(b, "p"))
try:
    hasattr(b, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.p
except AttributeError as e:
    print(type(e).__name__, e)

# Module attribute errors
import math
try:
    math.nothing
except AttributeError as e:
    print(type(e).__name__, e)

# Subclass message uses the subclass name
class C(A):
    pass
try:
    C().y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.y
except AttributeError as e:
    print(type(e).__name__, e)
