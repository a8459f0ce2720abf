# f_lineno as code executes
import sys
def here():
    return sys._getframe(1).f_lineno
base = here()
print(here() - base)
def f():
    lines = []
    lines.append(here())
    for i in range(3):
        lines.append(here())
    x = (1 +
         here())
    lines.append(x - 1)
    lines.append(
        here()
    )
    return [l - lines[0] for l in lines]
print(f())
# f_lineno of the caller frame during a call spanning several lines
def multi():
    return [
        here(),
        here(),
    ]
a, b = multi()
print(b - a)
# f_lineno in exec'd code follows the compiled source
co = compile("import sys\n\n\nline = sys._getframe().f_lineno\n", "<lines>", "exec")
d = {}
exec(co, d)
print(d['line'])
# a frame that raised: f_lineno is where it stopped; tb_lineno records the line
def fails():
    x = 1
    raise ValueError
try:
    fails()
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_lineno - fails.__code__.co_firstlineno, tb.tb_frame.f_lineno - fails.__code__.co_firstlineno)
# f_lasti is an int
print(type(sys._getframe().f_lasti).__name__)
# in a hot loop f_lineno stays correct
def loop():
    seen = set()
    for i in range(5000):
        seen.add(sys._getframe().f_lineno)
    return len(seen)
print(loop())
