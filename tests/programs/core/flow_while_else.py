i = 0
while i < 5:
    i += 1
else:
    print("while finished normally, i =", i)
i = 0
while i < 5:
    if i == 2:
        break
    i += 1
else:
    print("not printed")
print("broke at", i)
while False:
    pass
else:
    print("else runs even if body never ran")
n = 0
out = []
while n < 10:
    n += 1
    if n % 3 == 0:
        continue
    out.append(n)
print(out)
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
count = 0
while True:
    count += 1
    if count >= 7:
        break
print(count)
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([4, 5, 6], 6), find([4, 5, 6], 9), find([], 1))
x = 100
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print(steps)
lst = [1, 2, 3]
while lst:
    print(lst.pop(), end=" ")
print()
