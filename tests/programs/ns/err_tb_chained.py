# an exception raised while handling a NameError shows both tracebacks
import sys
sys.tracebacklimit = 1
src = '''
def lookup():
    try:
        return missing_name
    except NameError:
        return {}['also missing']
lookup()
'''
exec(compile(src, "<chain>", "exec"), {})
