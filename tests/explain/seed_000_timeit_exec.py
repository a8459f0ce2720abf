# Seed 000: a tight loop in a function vs the same loop run by exec() with a locals dict.
# Timings are not deterministic, so only the returned values and the result types are printed.
import timeit

N = 100_000

# Setup A: Standard local loop
def test_standard():
    x = 0
    for _ in range(N):
        x += 1
    return x

# Setup B: Executing loop logic dynamically
def test_dynamic():
    x = 0
    local_vars = {'x': x}
    # Running the exact same loop structure inside exec
    exec("""
for _ in range(N):
    x += 1
""", globals(), local_vars)
    return local_vars['x']

t_standard = timeit.timeit(test_standard, number=1)
t_dynamic = timeit.timeit(test_dynamic, number=1)
print("Standard:", type(t_standard) is float)
print("Dynamic (exec):", type(t_dynamic) is float)
print(test_standard(), test_dynamic())

# the exec'd code stores both names it binds into the locals dict, not into the function
def dynamic_namespace():
    x = 0
    local_vars = {'x': x}
    exec("for _ in range(3):\n    x += 1\n", globals(), local_vars)
    return x, local_vars
print(dynamic_namespace())
# N is found through the globals dict passed to exec
print(eval("N + 1", globals(), {}), eval("N", {"N": "shadowed"}, {}))
# the loop variable of test_standard does not leak into the module
print("_" in globals(), "x" in globals())
