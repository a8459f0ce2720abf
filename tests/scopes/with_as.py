with open("x") as fh:
    data = fh.read()
def f(path):
    with open(path) as a, open(path) as b:
        pass
    with lock:
        pass
    with ctx() as (first, second):
        pass
    return a, b, first
def g():
    with ctx() as obj.attr:
        pass
