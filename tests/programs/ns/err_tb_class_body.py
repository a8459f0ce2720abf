# uncaught NameError raised inside a class body
import sys
sys.tracebacklimit = 2
src = '''
class Config:
    name = 'cfg'
    size = len(name)
    label = sizee + 1
'''
exec(compile(src, "<class>", "exec"), {})
