import timeit

# Setup A: Standard local loop
def test_standard():
    x = 0
    for _ in range(10_000_000):
        x += 1
    return x

# Setup B: Executing loop logic dynamically
def test_dynamic():
    x = 0
    local_vars = {'x': x}
    # Running the exact same loop structure inside exec
    exec("""
for _ in range(10_000_000):
    x += 1
""", globals(), local_vars)
    return local_vars['x']

print("Standard:", timeit.timeit(test_standard, number=1))
print("Dynamic (exec):", timeit.timeit(test_dynamic, number=1))
