# Every way of reading the frame from inside a compiled loop (locals(),
# f_locals, a callee looking at its caller) sees the current values of
# variables updated natively on any path through the loop body.
import sys

def peek(name):
    return sys._getframe(1).f_locals[name]

def main(n):
    a = 0
    b = 0.0
    c = 1
    flag = False
    bad = []
    for i in range(n):
        m = i % 6
        if m == 0:
            a += 1
        elif m == 1:
            b += 0.5
        elif m == 2:
            flag = not flag
        elif m == 3:
            c = c * 3 % 1000003
        else:
            a -= 1
            c += a
        snap = locals()
        if (snap["a"], snap["b"], snap["c"], snap["flag"], snap["i"]) != (a, b, c, flag, i):
            bad.append(("locals", i))
        if peek("c") != c or peek("a") != a:
            bad.append(("peek", i))
        if i % 7 == 0:
            c = c + 2**63          # leaves native code
            c = c - 2**63
        if i % 500 == 0:
            print(i, a, b, c, flag, snap["c"])
    return len(bad), bad[:5], a, b, c, flag

def inner_paths(n):
    x = 0
    y = 0
    errs = 0
    for i in range(n):
        for j in range(i % 4):
            x += j
            if j == 2:
                y = x * 2
                if locals()["y"] != y:
                    errs += 1
        if peek("x") != x:
            errs += 100
    return x, y, errs

def loop_carried(n):
    # the updates come after the last frame read of an iteration: the next
    # iteration's reads must see them
    x = 0
    y = 0.0
    z = False
    bad = 0
    first = None
    for i in range(n):
        d = locals()
        if (d["x"], d["y"], d["z"]) != (x, y, z):
            bad += 1
            if first is None:
                first = (i, d["x"], x)
        if peek("x") != x:
            bad += 1000
        for j in range(i % 3):
            x += j
        x += 1
        y = y + 0.5 if i % 2 else y - 0.25
        z = i % 3 == 0
    return bad, first, x, y, z

print(main(3000))
print(loop_carried(3000))
print(inner_paths(3000))
