# private name mangling applies to names in class bodies and methods
class A:
    __hidden = 'class private'
    visible = __hidden
    def m(self):
        return self.__hidden
    names = sorted(k for k in locals() if 'hidden' in k)
print(A.visible, A().m(), A.names)
print(hasattr(A, '__hidden'), hasattr(A, '_A__hidden'))
# mangling also applies to global names used inside the class
_A__glob = 'mangled global'
__glob = 'unmangled global'
class A:
    def m(self):
        return __glob
    in_body = __glob
print(A().m(), A.in_body)
# a local variable with a private name in a method
class B:
    def m(self):
        __local = 1
        return sorted(locals()), B.m.__code__.co_varnames
print(B().m())
# strings passed to exec/eval/getattr are not mangled
class C:
    __secret = 's'
    def via_eval(self):
        try:
            return eval('__secret')
        except NameError as e:
            return type(e).__name__ + ': ' + str(e)
    def via_getattr(self):
        return getattr(self, '_C__secret'), hasattr(self, '__secret')
print(C().via_eval(), C().via_getattr())
# names with a leading underscore class name: the class name is stripped of underscores
class _D:
    __x = 1
    def get(self):
        return self.__x
print(sorted(k for k in vars(_D) if 'x' in k), _D().get())
class __E:
    __y = 1
print(sorted(k for k in vars(__E) if 'y' in k))
# dunder names are not mangled
class F:
    __dunder__ = 'd'
    __trailing_ = 't'
print(sorted(k for k in vars(F) if k.startswith('_') and k not in ('__module__', '__qualname__', '__firstlineno__', '__static_attributes__', '__dict__', '__weakref__', '__doc__')))
# a nested function in a method, and a comprehension
class G:
    def m(self):
        __n = 'nested'
        def inner():
            return __n
        return inner(), [__n for _ in range(1)], inner.__code__.co_freevars
print(G().m())
# import in a class body binds the mangled name
class H:
    import sys as __sys
    ok = __sys.maxsize > 0
print(H.ok, sorted(k for k in vars(H) if 'sys' in k))
