# compile(..., 'single') prints expression statement values via sys.displayhook
import sys
import builtins
for src in ("1 + 1", "'text'", "None", "[1, 2]", "x = 5", "x", "if True:\n    x * 2\n    x * 3\n"):
    print('--', repr(src))
    exec(compile(src, "<single>", "single"), {'x': 7})
# the displayhook sets builtins._
print(builtins._)
# a custom displayhook receives every value, None included
log = []
old = sys.displayhook
sys.displayhook = lambda v: log.append(v)
try:
    exec(compile("None", "<s>", "single"))
    exec(compile("3 * 3", "<s>", "single"))
    try:
        exec(compile("for i in range(3): i", "<s>", "single"))
    except SyntaxError as e:
        log.append(('SyntaxError without trailing newline', e.msg))
    exec(compile("for i in range(3): i\n", "<s>", "single"))
    exec(compile("def f(): return 1\n", "<s>", "single"))
    exec(compile("f()", "<s>", "single"))
finally:
    sys.displayhook = old
print(log)
# 'exec' mode never calls the displayhook
sys.displayhook = lambda v: print('hook called', v)
exec(compile("1 + 2", "<e>", "exec"))
print('no hook call in exec mode')
exec(compile("1 + 2", "<e>", "single"))
sys.displayhook = old
# a single interactive statement only
for src in ("1\n2", "x = 1; y = 2", "x = 1\ny = 2\n"):
    try:
        co = compile(src, "<s>", "single")
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)
# an expression statement inside a function in single mode does not display
exec(compile("def g():\n    42\n", "<s>", "single"), globals())
print(g())
# single mode code runs against the namespaces it is given
co = compile("y", "<s>", "single")
for v in ('a', 'b', 3):
    exec(co, {'y': v})
# displayhook deletion
del sys.displayhook
try:
    exec(compile("1", "<s>", "single"))
except RuntimeError as e:
    print(type(e).__name__, e)
sys.displayhook = old
