# Deep recursion started from inside a compiled loop makes the interpreter's
# value stack grow (and move); the loop's variables must survive it.
import sys
sys.setrecursionlimit(5000)

def deep(k, a=0, b=1, c=2, d=3, e=4, f=5, g=6, h=7):
    if k == 0:
        return a + b + c + d + e + f + g + h
    x1 = x2 = x3 = x4 = x5 = x6 = x7 = x8 = k
    return deep(k - 1, a + x1, b, c, d, e, f, g, h) + x8 - x7

def main(n):
    x = 0
    y = 0.5
    z = 2**62
    out = []
    for i in range(n):
        x += 1
        y += 0.25
        z += 1
        if i % 700 == 0:
            r = deep(200 + i // 10)
            x += r % 7
            out.append((i, r, x, y, z, locals()["x"], locals()["y"]))
    return out, x, y, z

for row in main(3000)[0]:
    print(row)
print(main(3000)[1:])
