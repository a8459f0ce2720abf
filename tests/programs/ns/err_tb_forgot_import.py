# uncaught NameError for a standard library module that was not imported
import sys
sys.tracebacklimit = 1
g = {}
exec(compile("import sys\nok = sys.maxsize > 0", "<one>", "exec"), g)
print('sys imported fine', g['ok'])
exec(compile("value = math.pi", "<two>", "exec"), {})
