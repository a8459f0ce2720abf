# uncaught NameError for an unbound free variable
import sys
sys.tracebacklimit = 3
src = '''
def outer():
    def inner():
        return scale_factor * 2
    result = inner()
    scale_factor = 21
    return result
outer()
'''
exec(compile(src, "<free>", "exec"), {})
