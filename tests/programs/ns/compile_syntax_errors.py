# compile errors are SyntaxErrors with filename, line and offset
cases = [
    "x = ",
    "def f(:\n    pass",
    "a = 1\nb = (2\n",
    "if x\n    pass",
    "for x in range(3):\npass",
    "x = 1\n  y = 2",
    "1 = x",
    "f() = 3",
    "del f()",
    "x += 1 = 2",
    "(a, b) += 1",
    "None = 1",
    "def f(x, x): pass",
    "lambda x, x: 0",
    "f(x for x in y, 1)",
    "f(**k, *a)",
    "f(a=1, a=2)",
    "'abc",
    "x = 1 +* 2",
    "class C(:\n    pass",
    "a, *b, *c = d",
    "try:\n    pass\n",
    "else: pass",
    "return",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.filename, e.lineno, e.offset, e.msg)
# the filename is whatever was passed in
try:
    compile("x = = 1", "relative/name.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.offset, e.text)
# str(e) format
try:
    compile("\n\n  )", "<paren>", "exec")
except SyntaxError as e:
    print(str(e))
    print(e.args[0], e.args[1][:3])
