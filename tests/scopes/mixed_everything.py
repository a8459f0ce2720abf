import sys as system
from os import path
G = 1
def deco(f):
    return f
@deco
def outer(a, /, b=G, *args, c, d=2, **kw) -> int:
    global G
    counter = 0
    def inner(x: int = counter) -> int:
        nonlocal counter
        counter += x
        vals = [counter + v for v in args if (w := v)]
        return w, vals
    class Local(object, metaclass=type):
        attr = counter
        def method(self):
            return super().__init__, counter
    try:
        pass
    except Exception as exc:
        del exc
    with open(path.join("a", "b")) as fh:
        data = fh.read()
    G = lambda q: q + a
    return inner, Local, data
