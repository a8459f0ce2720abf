# uncaught UnboundLocalError from a compiled function
import sys
sys.tracebacklimit = 2
g = {}
exec(compile('''
counter = 0
def increment():
    counter += 1
    return counter
''', "lib/counter.py", "exec"), g)
print('defined', sorted(k for k in g if k != '__builtins__'))
try:
    g['increment']()
except UnboundLocalError as e:
    print('caught once:', e)
exec(compile("increment()", "<caller>", "exec"), g)
