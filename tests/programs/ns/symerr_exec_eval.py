# syntax errors raised by exec/eval of strings carry '<string>' and positions
def show(fn):
    try:
        fn()
        print('no error')
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.filename, e.lineno, e.offset)
show(lambda: exec("def f():\n    nonlocal x\n"))
show(lambda: exec("x = 1\nglobal x\n"))
show(lambda: exec("return 5"))
show(lambda: exec("def f(a):\n    global a\n"))
show(lambda: exec("class C:\n    [(y := 1) for x in ()]\n"))
show(lambda: exec("[x := 0 for x in ()]"))
show(lambda: exec("for x in ():\n    pass\ncontinue\n"))
show(lambda: exec("def f():\n    from sys import *\n"))
show(lambda: eval("yield"))
show(lambda: eval("x := 1"))
show(lambda: eval("(x := 1)"))
show(lambda: eval("lambda: (yield)"))
show(lambda: exec(b"def f(x):\n    nonlocal x\n"))
# the exec'd code is not run when compilation fails
ns = {}
try:
    exec("a = 1\ndef f():\n    global b\n    b = 2\n    nonlocal c\n", ns)
except SyntaxError as e:
    print(e.msg, e.lineno)
print(sorted(k for k in ns))
# errors from nested scopes report the line of the offending statement
src = '''
def a():
    def b():
        def c():
            x = 1
            global x
'''
show(lambda: exec(src))
