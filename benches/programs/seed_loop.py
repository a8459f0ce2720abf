# The question this project answers: the same counting loop in a function
# (locals are registers: fast tier) and through exec() with a dict for its
# locals (every name a dict lookup: name tier).
# Usage: seed_loop.py standard|dynamic [N]
import sys

N = 10_000_000


def standard():
    x = 0
    for _ in range(N):
        x += 1
    return x


def dynamic():
    local_vars = {'x': 0}
    exec("for _ in range(N):\n    x += 1\n", globals(), local_vars)
    return local_vars['x']


mode = sys.argv[1] if len(sys.argv) > 1 else 'standard'
if len(sys.argv) > 2:
    N = int(sys.argv[2])
print(standard() if mode == 'standard' else dynamic())
