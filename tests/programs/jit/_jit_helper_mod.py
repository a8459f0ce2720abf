# Helper module for cross_module_globals.py: a hot loop reading this
# module's globals.
FACTOR = 2

def scaled_sum(n):
    s = 0
    for i in range(n):
        s += FACTOR * i
    return s

def bump_until(limit):
    global COUNT
    COUNT = 0
    while COUNT < limit:
        COUNT += 1
    return COUNT
