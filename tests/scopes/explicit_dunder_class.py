class A:
    def who(self):
        return __class__
    def both(self):
        return __class__, super()
    @classmethod
    def make(cls):
        return cls()
class B:
    __class__ = "assigned in class body"
    def m(self):
        return __class__
