# at module and class level f_locals is the namespace itself
import sys
print(sys._getframe().f_locals is globals())
print(type(sys._getframe().f_locals).__name__)
flags = []
class C:
    fl = sys._getframe().f_locals
    flags.append(fl is locals())
    flags.append(type(fl).__name__)
    fl['through_frame'] = 1
    seen = through_frame + 1
    flags.append(sys._getframe().f_back.f_locals is globals())
    flags.append(sys._getframe().f_code.co_name)
print(flags)
print(C.through_frame, C.seen)
# the class namespace mapping from __prepare__ is f_locals too
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Logging()
class Logging(dict):
    pass
class D(metaclass=Meta):
    kind = type(sys._getframe().f_locals).__name__
print(D.kind)
# in a function, f_locals is a proxy, not the dict from locals()
def f():
    x = 1
    fl = sys._getframe().f_locals
    return type(fl).__name__, fl is locals(), type(locals()).__name__
print(f())
# a class inside a function: f_locals of the class body is the namespace
def make():
    v = 'free'
    class K:
        w = v
        names = sorted(k for k in sys._getframe().f_locals if not k.startswith('__'))
    return K.names
print(make())
# module-level f_locals from inside a function via f_back
def mod_locals():
    return sys._getframe(1).f_locals is globals()
print(mod_locals())
