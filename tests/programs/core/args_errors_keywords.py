def f(x, y=1):
    pass
def g(a, /, b):
    pass
def h(a, b, /, c):
    pass
def k(**kw):
    pass
calls = [
    ("f(1, z=2)", lambda: f(1, z=2)),
    ("f(1, x=2)", lambda: f(1, x=2)),
    ("f(1, 2, y=3)", lambda: f(1, 2, y=3)),
    ("g(a=1, b=2)", lambda: g(a=1, b=2)),
    ("h(a=1, b=2, c=3)", lambda: h(a=1, b=2, c=3)),
    ("h(1, 2, c=3, d=4)", lambda: h(1, 2, c=3, d=4)),
    ("f(x=1, **{'x': 2})", lambda: f(x=1, **{"x": 2})),
    ("f(**{'q': 1})", lambda: f(**{"q": 1})),
    ("f(1, z=2, w=3)", lambda: f(1, z=2, w=3)),
    ("k(1)", lambda: k(1)),
    ("g(1, a=2)", lambda: g(1, a=2)),
]
for label, c in calls:
    try:
        c()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
