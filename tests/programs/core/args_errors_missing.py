def one(x):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def kwonly(*, k):
    pass
def kwonly2(*, k, m):
    pass
def mixed(a, b, *, k, m=1):
    pass
calls = [
    ("one()", lambda: one()),
    ("two()", lambda: two()),
    ("two(1)", lambda: two(1)),
    ("two(b=1)", lambda: two(b=1)),
    ("three()", lambda: three()),
    ("three(1)", lambda: three(1)),
    ("kwonly()", lambda: kwonly()),
    ("kwonly2()", lambda: kwonly2()),
    ("kwonly2(m=1)", lambda: kwonly2(m=1)),
    ("mixed()", lambda: mixed()),
    ("mixed(1, 2)", lambda: mixed(1, 2)),
    ("mixed(1, k=2)", lambda: mixed(1, k=2)),
]
for label, c in calls:
    try:
        c()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
