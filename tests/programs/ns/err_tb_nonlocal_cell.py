# uncaught NameError: deleting a nonlocal twice
import sys
sys.tracebacklimit = 3
src = '''
def owner():
    shared = 'value'
    def remover():
        nonlocal shared
        del shared
    remover()
    remover()
owner()
'''
exec(compile(src, "<cells>", "exec"), {})
