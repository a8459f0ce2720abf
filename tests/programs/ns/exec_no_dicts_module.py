# exec/eval with no dicts at module level: globals() is locals()
import sys
a = 1
exec("a = a + 10")
print(a)
exec("b = 'made by exec'")
print(b)
exec("del b")
print('b' in globals())
print(eval("a * 2"))
exec("def made(): return a")
print(made())
a = 99
print(made())
exec("class K:\n    v = a\n    def m(self): return a + 1\n")
print(K.v, K().m())
exec("for i in range(3):\n    a += i\n")
print(a, i)
exec("import sys as s2")
print(s2 is sys)
exec("if a > 50:\n    big = True\nelse:\n    big = False")
print(big)
exec("print(locals() is globals())")
print(eval("locals() is globals()"))
# compile once, run twice
co = compile("counter = counter + 1 if 'counter' in dir() else 1", "<test>", "exec")
exec(co)
exec(co)
exec(co)
print(counter)
# walrus through eval at module level
print(eval("(w := 42)"), w)
# exec of a code object returns None
print(exec(compile("1 + 1", "<test>", "exec")))
try:
    exec("print(undefined_name)")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("del never_defined")
except NameError as e:
    print(type(e).__name__, e)
