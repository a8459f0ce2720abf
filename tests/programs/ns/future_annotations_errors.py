# under from __future__ import annotations, yield/await/walrus cannot appear in annotations
def check(src):
    try:
        compile(src, "<a>", "exec")
        print('compiled')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
F = "from __future__ import annotations\n"
for body in ["def f(x: (yield)): pass", "def f() -> (await x): pass", "x: (y := 1) = 2", "def f(x: (yield)): pass\nnonlocal q", "class C:\n    a: (yield)", "def f(*a: (yield)): pass", "x.y: (yield) = 1", "lambda: 0", "def g():\n    v: (yield) = 1"]:
    check(F + body)
    check(body)
