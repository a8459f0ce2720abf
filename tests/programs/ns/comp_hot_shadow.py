# comprehensions inside hot loops that shadow the loop variable and outer names
def f():
    i = 'outer i'
    total = 0
    for n in range(2000):
        row = [n + i for i in range(3)]
        total += row[2]
    return total, i, n
print(f())
def g():
    total = 0
    for x in range(2000):
        total += sum([x for x in range(2)])
    return total, x
print(g())
# comprehension using the enclosing loop variable and a walrus accumulator
def h():
    acc = 0
    for k in range(1000):
        [acc := acc + k * j for j in range(2)]
    return acc
print(h())
# module-level loop with comprehensions
out = 0
for m in range(2000):
    out += len([m for m in range(3)])
print(out, m)
# dict comprehension keys and values shadowing in a loop
def d():
    key = 'K'
    last = None
    for step in range(1000):
        last = {key: step for key in ('a', 'b')}
    return last, key
print(d())
