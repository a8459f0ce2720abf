import sys
a = 1
b = a + 2
print(a, b, len(sys.argv))
def f():
    return a
c: int = 3
del b
for i in range(3):
    total = i
x, (y, z) = 1, (2, 3)
