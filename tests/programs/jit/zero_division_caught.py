# ZeroDivisionError inside hot loops, caught inside and outside the loop,
# with CPython's messages for each operator and operand type.
def inside(n):
    msgs = {}
    total = 0
    for i in range(n):
        d = i % 5
        for name, op in (("div", 0), ("floordiv", 1), ("mod", 2)):
            try:
                if op == 0:
                    total += i / d
                elif op == 1:
                    total += i // d
                else:
                    total += i % d
            except ZeroDivisionError as e:
                msgs[name] = msgs.get(name, 0) + 1
                if msgs[name] == 1:
                    print(i, name, e)
    return msgs, total

def floats(n):
    out = []
    x = 1.5
    for i in range(n):
        d = float(i % 1000)
        try:
            x = x + 1.0 / d
        except ZeroDivisionError as e:
            out.append((i, str(e)))
        try:
            x = x + 7.0 // d + 7.0 % d
        except ZeroDivisionError as e:
            out.append((i, str(e)))
        try:
            x = x + 3 / (d * 0.0)
        except ZeroDivisionError as e:
            if i % 1000 == 0:
                out.append((i, str(e)))
    return out, round(x, 6)

def outside(n):
    s = 0
    try:
        for i in range(n):
            s += 100 // (n - 1000 - i)
    except ZeroDivisionError as e:
        print("outside", i, s, type(e).__name__, e)
    try:
        k = 0
        while True:
            k += 1
            s += k / (2500 - k)
    except ZeroDivisionError as e:
        print("while", k, round(s, 6), e)
    try:
        for i in range(n):
            s = divmod(i, 3000 - 1 - i)
    except ZeroDivisionError as e:
        print("divmod", i, s, e)

def big(n):
    c = 0
    for i in range(n):
        try:
            c += (2**70 + i) // (i % 3)
        except ZeroDivisionError as e:
            c += 1
    return c

print(inside(3000))
print(floats(3000))
outside(3000)
print(big(3000))
