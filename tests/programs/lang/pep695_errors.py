# Syntax errors about type parameters, as CPython reports them.
sources = [
    "def f[T, T](): pass",
    "class C[T, *T]: pass",
    "type A[T, **T] = int",
    "def f[T]():\n    def g():\n        nonlocal T\n",
    "type A = (yield)",
    "type A = (x := 1)",
    "class C[T: (yield)]: pass",
    "class C[T: (await x)]: pass",
    "def f[T: (x := 1)](): pass",
    "def f[T: (int, (yield))](): pass",
    "type A = [(y := 1) for x in range(3)]",
    "def f[T](x: (y := 1)): pass",
    "def f[T]() -> (yield): pass",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
