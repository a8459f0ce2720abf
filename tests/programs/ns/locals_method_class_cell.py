# locals() in methods that use super() or __class__ includes the __class__ free variable
class A:
    def plain(self):
        return sorted(locals())
    def uses_super(self):
        super()
        return sorted(locals())
    def uses_class(self):
        __class__
        return sorted(locals())
    def in_comp(self):
        return [sorted(locals()) for _ in range(1)]
    def super_in_comp(self):
        return [sorted(locals()) for _ in range(1) if super()]
print(A().plain())
print(A().uses_super())
print(A().uses_class())
print(A().in_comp())
print(A().super_in_comp())
print(A().uses_super.__code__.co_freevars, A().plain.__code__.co_freevars)
# the __class__ value seen through locals()
class B:
    def get(self):
        super
        __class__
        return locals()['__class__'] is B
print(B().get())
# f_locals proxy can read __class__ but writing it changes what super() uses
import sys
class Base:
    def who(self):
        return 'Base'
class Other:
    def who(self):
        return 'Other'
class Child(Base):
    def who(self):
        return 'Child'
    def test(self):
        before = super().who()
        fl = sys._getframe().f_locals
        has = '__class__' in fl
        return before, has, fl['__class__'].__name__
print(Child().test())
# a class in a function: methods see function cells in locals()
def factory():
    config = 'cfg'
    class K:
        def m(self):
            config
            return sorted(locals())
    return K().m()
print(factory())
