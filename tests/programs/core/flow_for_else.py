for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
for ch in "hello":
    if ch == "l":
        print("found l")
        break
else:
    print("no l")
res = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    res.append(i)
else:
    res.append("else")
print(res)
for i, ch in enumerate("ab"):
    print(i, ch)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for first, *rest in ["abc", [1, 2]]:
    print(first, rest)
d = {"x": 1, "y": 2}
for k in d:
    print(k, end=",")
print()
for k, v in d.items():
    print(k, v, end=";")
print()
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)  # iteration sees appended items
    print(item, end=" ")
print()
for i in range(3):
    i = 10  # rebinding the loop variable does not affect iteration
    print(i, end=" ")
print()
for x in range(3):
    pass
else:
    print("else after full loop, x =", x)
try:
    for q in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
