# Closures: cells in the defining function, free variables in the inner
# ones, nonlocal rebinding, and a closure over a loop variable.
def counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump

b = counter()
for _ in range(3):
    b()
print(b(10))

def outer(n):
    total = n
    def middle():
        def inner():
            return total * 2
        return inner()
    return middle()
print(outer(4))

fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
# A variable that may be unbound is checked before it is read: one load.
def pick(c):
    if c:
        x = 1
    return x
print(pick(True))
