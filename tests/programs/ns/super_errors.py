# super() failure modes
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
def plain_function():
    return super()
try:
    plain_function()
except RuntimeError as e:
    print(type(e).__name__, e)
def with_arg(x):
    return super()
try:
    with_arg(1)
except RuntimeError as e:
    print(type(e).__name__, e)
class A:
    def deleted_self(self):
        del self
        return super()
    def rebound_self(self):
        self = 'not an instance'
        return super()
    def no_args():
        return super()
    @staticmethod
    def static():
        return super()
    def star_args(*args):
        return super()
for name in ('deleted_self', 'rebound_self', 'static', 'star_args'):
    try:
        r = getattr(A(), name)()
        print(name, 'ok', type(r).__name__)
    except (RuntimeError, TypeError) as e:
        print(name, type(e).__name__, e)
try:
    A.no_args()
except RuntimeError as e:
    print('no_args', type(e).__name__, e)
# super in a class body
try:
    class B:
        s = super()
except RuntimeError as e:
    print(type(e).__name__, e)
# __class__ defined as a local name in a method while super() is used
class C:
    def m(self):
        return super().__str__ is not None
print(C().m())
# super() where the first argument is a cell
class D:
    def m(self):
        f = lambda: self
        return type(super()).__name__, f() is self
print(D().m())
# super from a method copied to an unrelated class
class E:
    def m(self):
        return super().__repr__
class F:
    pass
F.m = E.m
try:
    F().m()
except TypeError as e:
    print(type(e).__name__, e)
