e = ValueError("msg", 42)
print(e.args, str(e), repr(e))
e = ValueError()
print(e.args, repr(str(e)), repr(e))
e = ValueError("only")
print(e.args, str(e), repr(e))

# add_note
e = RuntimeError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)

# Notes survive re-raise
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added in handler")
        raise
except KeyError as k:
    print(k.__notes__)

# Exception attributes of OSError family
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), type(e).__name__)
e = FileNotFoundError(2, "missing", "file.txt")
print(e.errno, e.strerror, e.filename, str(e))
print(type(OSError(2, "x")).__name__)

# StopIteration value, SystemExit code, KeyError repr
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(repr(KeyError("a")), str(KeyError("a")), str(IndexError("a")))

# UnicodeDecodeError attributes
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as u:
    print(u.encoding, u.start, u.end, u.reason, u.object)
    print(str(u))

# SyntaxError attributes
try:
    compile("x = (1,", "prog.py", "exec")
except SyntaxError as s:
    print(s.msg, s.lineno, s.filename)
try:
    compile("def f(:\n  pass", "prog.py", "exec")
except SyntaxError as s:
    print(s.msg, s.lineno)

# NameError / AttributeError name attribute
try:
    missing_name
except NameError as n:
    print(n.name, str(n))
try:
    [].nope
except AttributeError as a:
    print(a.name, str(a))

# ExceptionGroup basics
eg = ExceptionGroup("several", [ValueError(1), TypeError(2), ValueError(3)])
print(str(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(ValueError)
print([str(x) for x in match.exceptions], [str(x) for x in rest.exceptions])
sub = eg.subgroup(TypeError)
print(type(sub).__name__, [repr(x) for x in sub.exceptions])
try:
    ExceptionGroup("empty", [])
except ValueError as err:
    print(type(err).__name__, err)

# Exceptions are ordinary objects
errors = [ValueError(i) for i in range(3)]
print([e.args[0] for e in errors], isinstance(errors[0], Exception))
e = ValueError("x")
e.custom = "attached"
print(e.custom)
