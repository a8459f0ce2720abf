def zero():
    pass
def one(x):
    pass
def two(a, b):
    pass
def opt(a, b=2):
    pass
def opt2(a, b=1, c=2):
    pass
def kw(a, *, k=1):
    pass
def kwreq(a, *, k):
    pass
calls = [
    ("zero(1)", lambda: zero(1)),
    ("one(1, 2)", lambda: one(1, 2)),
    ("two(1, 2, 3)", lambda: two(1, 2, 3)),
    ("opt(1, 2, 3)", lambda: opt(1, 2, 3)),
    ("opt2(1, 2, 3, 4, 5)", lambda: opt2(1, 2, 3, 4, 5)),
    ("kw(1, 2)", lambda: kw(1, 2)),
    ("kw(1, 2, k=3)", lambda: kw(1, 2, k=3)),
    ("kwreq(1, 2)", lambda: kwreq(1, 2)),
    ("kwreq(1, 2, k=0)", lambda: kwreq(1, 2, k=0)),
    ("zero(*range(3))", lambda: zero(*range(3))),
    ("len(1, 2)", lambda: len(1, 2)),
    ("abs()", lambda: abs()),
]
for label, c in calls:
    try:
        c()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
