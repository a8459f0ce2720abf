default = 5
def f(a=default, b=[], c=len("abc")):
    return a, b, c
def outer():
    local_default = 1
    def inner(x=local_default):
        return x
    return inner
def kw(*, k=default + 1):
    return k
lam = lambda q=default: q
