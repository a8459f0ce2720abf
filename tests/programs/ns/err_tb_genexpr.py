# uncaught error inside a generator expression: the genexpr has its own frame,
# while an inlined list comprehension does not
import sys
src = '''
def listcomp():
    return [1 // x for x in range(-1, 2)]
def genexpr():
    return list(1 // x for x in range(-1, 2))
try:
    listcomp()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
genexpr()
'''
sys.tracebacklimit = 3
exec(compile(src, "<gen>", "exec"), {})
