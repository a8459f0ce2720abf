# argument checking of exec/eval
cases = [
    ("exec", lambda: exec("x = 1", [])),
    ("exec", lambda: exec("x = 1", None, 5)),
    ("exec", lambda: exec("x = 1", {}, 5)),
    ("exec", lambda: exec(5)),
    ("exec", lambda: exec("x = 1", {}, {}, {})),
    ("exec", lambda: exec()),
    ("eval", lambda: eval("1", [])),
    ("eval", lambda: eval("1", {}, 5)),
    ("eval", lambda: eval(5)),
    ("eval", lambda: eval("x = 1")),
    ("eval", lambda: eval("")),
    ("eval", lambda: eval("import sys")),
    ("exec", lambda: exec("x = 1", globals={}, bogus=1)),
]
for name, fn in cases:
    try:
        r = fn()
        print(name, 'ok', r)
    except Exception as e:
        print(name, type(e).__name__, e)
# a mappingproxy is a mapping: accepted as locals but it is read-only
class K:
    a = 1
try:
    exec("b = a", {}, K.__dict__)
except Exception as e:
    print(type(e).__name__, e)
print(eval("a + 1", {}, K.__dict__))
# globals must be an exact dict or dict subclass
class D(dict):
    pass
d = D()
exec("x = 1", d)
print(type(d).__name__, d['x'])
# bytes and bytearray sources
print(eval(b"1 + 2"))
exec(bytearray(b"y = 3"), d)
print(d['y'])
# leading spaces and tabs are stripped by eval, not by exec
print(eval("   4 * 2"))
print(eval("\t 7"))
try:
    exec("  z = 1")
except Exception as e:
    print(type(e).__name__, e.msg, e.lineno)
# a memoryview (any buffer) is accepted too
try:
    print(eval(memoryview(b"1 + 1")))
except Exception as e:
    print(type(e).__name__, e)
