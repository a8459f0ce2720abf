for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
squares = [k * k for k in range(4)]
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
n = "outer n"
vals = [n for n in range(3)]
print(n, vals)
def f():
    m = "outer m"
    r = [m for m in "xy"]
    return m, r
print(f())
x = 10
print([x for _ in range(2)], {x: x for _ in range(1)})
print([(a, b) for a in range(2) for b in range(a, 2)])
total = 0
while total < 5:
    step = total + 1
    total += step
print(total, step)
try:
    raise ValueError("v")
except ValueError as err:
    saved = err
try:
    err
except NameError as e:
    print(type(e).__name__, e)
print(repr(saved))
print([y := w * 2 for w in range(3)], y)
