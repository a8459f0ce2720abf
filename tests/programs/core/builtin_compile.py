c = compile("x+1", "<s>", "eval")
print(type(c).__name__, c.co_filename, eval(c, {"x": 41}), eval(c, {"x": 0}))
print(eval(c, {}, {"x": 1.5}))
s = compile("y = x * 2\nprint('y is', y)", "<exec>", "exec")
ns = {"x": 21}
exec(s, ns)
print(ns["y"])
exec(s, {"x": "ab"})
single = compile("1 + 1", "<single>", "single")
exec(single)  # 'single' mode prints expression values (via sys.displayhook)
for src, mode in [("x +", "eval"), ("def", "exec"), ("a = 1", "eval"), ("1", "bogus")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
    except ValueError as e:
        print(type(e).__name__, e)
f = compile("def twice(v):\n    return v + v\n", "<defs>", "exec")
ns2 = {}
exec(f, ns2)
print(ns2["twice"](5), ns2["twice"]("ab"))
print(c.co_names, s.co_names)
try:
    eval(compile("undefined_thing", "<n>", "eval"))
except NameError as e:
    print(type(e).__name__, e)
