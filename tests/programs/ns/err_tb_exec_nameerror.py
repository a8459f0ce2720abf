# uncaught NameError in exec'd code; only the exec'd frames are printed
import sys
sys.tracebacklimit = 3
src = '''
def helper(values):
    total = 0
    for v in values:
        total += v
    return totl

def run():
    return helper([1, 2, 3])

run()
'''
print('before')
exec(compile(src, "<test>", "exec"), {})
print('not reached')
