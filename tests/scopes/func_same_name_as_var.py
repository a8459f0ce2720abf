def helper():
    return 1
helper = helper()
def outer():
    def inner():
        return 1
    inner = inner()
    return inner
class Thing:
    pass
Thing = Thing()
def f():
    class Local:
        pass
    Local = 5
    return Local
