values = [1, 5, 9]
big = [b for v in values if (b := v * 2) > 5]
print(b)
last = [(w := v) for v in values]
gen = list((g := v) for v in values)
if (n := len(values)) > 2:
    print(n)
