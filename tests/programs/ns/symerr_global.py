# symtable errors about global declarations
def check(src):
    try:
        compile(src, "<test>", "exec")
        print('compiled')
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, '|', e.filename)
check("def f():\n    print(x)\n    global x\n")
check("def f():\n    x = 1\n    global x\n")
check("def f(x):\n    global x\n")
check("def f(*x):\n    global x\n")
check("def f(**x):\n    global x\n")
check("def f(*, x):\n    global x\n")
check("def f(x):\n    def g():\n        global x\n        x = 1\n")
check("x = 1\nglobal x\n")
check("print(x)\nglobal x\n")
check("class C:\n    x = 1\n    global x\n")
check("class C:\n    print(x)\n    global x\n")
check("def f():\n    global x\n    global x\n    x = 1\n")
check("def f():\n    global x\n    x: int = 1\n")
check("def f():\n    x: int\n    global x\n")
check("def f():\n    for x in ():\n        pass\n    global x\n")
check("def f():\n    import x\n    global x\n")
check("def f():\n    def x(): pass\n    global x\n")
check("def f():\n    del x\n    global x\n")
check("def f():\n    [x := 1 for _ in ()]\n    global x\n")
check("def f():\n    global x\n    [x := 1 for _ in ()]\n")
check("global x\nx = 1\n")
# the same errors through exec
try:
    exec("def g(a):\n    global a\n")
except SyntaxError as e:
    print('exec', type(e).__name__, e.msg, e.lineno, e.filename)
