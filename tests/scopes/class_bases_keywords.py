class Meta(type):
    pass
base_list = [object]
def make():
    Base = object
    M = Meta
    flag = True
    class Local(Base, metaclass=M, extra=flag):
        attr = flag
    return Local
class Top(*base_list, metaclass=Meta):
    pass
