# An accumulator crosses 2**63 in the middle of a hot loop (add).
def grow(start, step, n):
    x = start
    for i in range(n):
        x = x + step
        if i % 500 == 0:
            print(i, x)
    return x

def grow_inplace(start, step, n):
    x = start
    for i in range(n):
        x += step
        if i % 700 == 0:
            print(i, x, type(x).__name__)
    return x

def add_vars(n):
    # both operands are variables, neither constant
    a = 2**63 - 2000
    b = 1
    for i in range(n):
        a = a + b
        if a > 2**63 - 3 and a < 2**63 + 3:
            print("near", i, a)
    return a

print(grow(2**63 - 1000 * 3, 3, 3000))
print(grow_inplace(2**62, 2**50, 5000))
print(add_vars(3000))
# large negative step back into the small range
print(grow(2**63 + 100, -1, 2000))
