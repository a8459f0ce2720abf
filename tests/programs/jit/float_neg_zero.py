# -0.0 in hot loops: signs survive arithmetic, compare equal to 0.
import math

def main(n):
    z = -0.0
    out = []
    for i in range(n):
        a = z * 1.0
        b = -z
        c = z + 0.0
        d = z - 0.0
        e = 0.0 * -1.0
        f = -(i - i) * 1.0
        g = -float(i - i)
        if i % 1000 == 0:
            out.append((a, b, c, d, e, f, g, z == 0, z < 0, z == 0.0))
    return out

def signs(n):
    s = 0
    for i in range(n):
        x = -0.0 * (i % 3)
        s += math.copysign(1, x) < 0
        s += (x == 0) * 10
    return s

def neg_zero_div(n):
    out = []
    for i in range(n):
        try:
            v = 1.0 / -0.0
        except ZeroDivisionError as e:
            if i % 1000 == 0:
                out.append(str(e))
        x = -0.0
        y = (i % 2) * x
        if i % 1000 == 1:
            out.append((y, -y, abs(y), y / 5, y // 5, y % 5, 0.0 % -5))
    return out

print(main(3000))
print(signs(3000))
print(neg_zero_div(3000))
print(-0.0, 0.0 == -0.0, str(-0.0), repr(-0.0 + 0.0), -0.0 - 0.0, round(-0.4))
