def f():
    x = 1
    exec("y = x + 1")
    return eval("x"), locals(), y
def g(code):
    ns = {}
    exec(code, ns)
    return ns
