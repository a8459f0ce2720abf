# Uncaught exception from a function called in a hot loop, several frames deep.
def lookup(table, key):
    return table[key]

def middle(table, i):
    return lookup(table, i % 1700 if i < 2500 else "missing") + 1

def run(n):
    table = {k: k * 2 for k in range(1700)}
    s = 0
    for i in range(n):
        s += middle(table, i)
        if i % 500 == 0:
            print(i, s)
    return s

print(run(3000))
