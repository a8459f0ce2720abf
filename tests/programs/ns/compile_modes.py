# compile() in its three modes
co_exec = compile("a = 1\nb = a + 1", "<exec>", "exec")
co_eval = compile("a + b", "<eval>", "eval")
co_single = compile("a * 10", "<single>", "single")
for co in (co_exec, co_eval, co_single):
    print(type(co).__name__, co.co_name, co.co_filename, co.co_firstlineno)
ns = {}
print(exec(co_exec, ns))
print(eval(co_eval, ns))
print(exec(co_eval, ns))
print(eval(co_single, ns))
# the same code object run many times in different namespaces
for start in (1, 5, 'x'):
    d = {'a': start, 'b': start}
    print(eval(co_eval, d))
# mode checking
for mode in ('exec ', 'EVAL', 'func_type', ''):
    try:
        compile("1", "<m>", mode)
    except ValueError as e:
        print(type(e).__name__, e)
# statements are rejected in eval mode
for src in ("x = 1", "pass", "def f(): pass", "1; 2"):
    try:
        compile(src, "<eval>", "eval")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
# empty sources
print(type(compile("", "<e>", "exec")).__name__)
try:
    compile("", "<e>", "eval")
except SyntaxError as e:
    print(e.msg, e.lineno)
try:
    compile("", "<s>", "single")
except SyntaxError as e:
    print(e.msg, e.lineno)
# dont_inherit and flags=0 are accepted
print(eval(compile("2 ** 5", "<f>", "eval", 0, True)))
print(eval(compile("2 ** 6", "<f>", "eval", flags=0, dont_inherit=True, optimize=0)))
# keyword names
print(eval(compile(source="7", filename="<kw>", mode="eval")))
# filename may be bytes
print(compile("1", b"<bytes>", "eval").co_filename)
# optimize=2 removes asserts; optimize=0 keeps them
try:
    exec(compile("assert False, 'kept'", "<o>", "exec", optimize=0))
except AssertionError as e:
    print(type(e).__name__, e)
exec(compile("assert False, 'removed'", "<o>", "exec", optimize=1))
print('assert removed')
print(eval(compile("__debug__", "<o>", "eval", optimize=1)), eval(compile("__debug__", "<o>", "eval", optimize=0)))
