# A variable changes type mid-loop: int -> float -> str -> None -> int.
def chain(n):
    x = 0
    out = []
    for i in range(n):
        if i < 1000:
            x = x + 1
        elif i < 2000:
            x = x + 0.5
        elif i < 2500:
            x = str(i)
        elif i < 2600:
            x = None
        else:
            x = i * 2
        if i % 250 == 0 or i in (999, 1000, 1999, 2000, 2499, 2500, 2599, 2600):
            out.append((i, x))
    return out

def temp_types(n):
    s = []
    a = 1
    for i in range(n):
        if i == 1500:
            a = 1.5
        if i == 2500:
            a = "ab"
        b = a + a
        if i % 500 == 0 or i in (1499, 1500, 2499, 2500):
            s.append(b)
    return s

def float_to_int(n):
    x = 0.0
    for i in range(n):
        x = x + 1
        if i == 1200:
            x = int(x)
        if i % 300 == 0:
            print(i, x, type(x).__name__)
    return x

for item in chain(3000):
    print(item)
print(temp_types(3000))
print(float_to_int(3000))
