def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(v) for v in [-5, 0, 3, 42, 1000, 10, 99, 100]])
for v in [0, 1, "", "a", [], [0], None, 0.0, -0.0, 0.1, {}, {0: 0}, (), range(0), 2 ** 100]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3: print("one-line if")
if x > 10:
    pass
elif x > 4:
    print("elif taken")
if not x:
    print("never")
else:
    print("else taken")
y = "yes" if x else "no"
z = "a" if x > 10 else "b" if x > 4 else "c"
print(y, z)
if x == 5 and (x := x + 1) == 6:
    print("walrus in condition", x)
if (n := len("abcd")) > 3:
    print("n is", n)
nested = 0
if x:
    if x > 1:
        if x > 2:
            nested = 3
print(nested)
print(1 if [] else 2, 3 if [0] else 4)
