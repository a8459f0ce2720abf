# line and column information of scope errors
def check(src):
    try:
        compile(src, "<pos>", "exec")
        print('compiled')
    except SyntaxError as e:
        print(e.msg, '|', e.lineno, e.offset, e.end_lineno, e.end_offset)
check("def f():\n    x = 1\n    global x\n")
check("def f():\n    print(x)\n    global   x\n")
check("def f(a):\n    global a\n")
check("def f():\n    def g():\n        nonlocal q\n")
check("nonlocal top\n")
check("if True:\n    return 1\n")
check("while True:\n    pass\nbreak\n")
check("  \nfor x in y:\n    def f():\n        continue\n")
check("[i := 0 for i in range(2)]\n")
check("class C:\n    [(a := 1) for b in ()]\n")
check("def f():\n    from os import *\n")
check("def f(x, y, x):\n    pass\n")
check("x = 1; yield x\n")
