def deco(fn):
    return fn
def with_arg(n):
    def wrap(fn):
        return fn
    return wrap
@deco
def a():
    pass
@with_arg(3)
@deco
def b():
    pass
@deco
class K:
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return 1
def outer():
    local_deco = deco
    @local_deco
    def inner():
        pass
    return inner
