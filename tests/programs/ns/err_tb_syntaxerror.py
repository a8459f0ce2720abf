# uncaught SyntaxError produced by compile() of a symtable error
import sys
sys.tracebacklimit = 0
src = '''def f(x):
    global x
    return x
'''
try:
    compile(src, "<first>", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
compile("def g():\n    nonlocal y\n", "<second>", "exec")
