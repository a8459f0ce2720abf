# Line numbers seen from inside compiled loops: f_lineno of the caller frame
# during a call, tb_lineno of caught exceptions, multi-line statements.
import sys

def where():
    return sys._getframe(1).f_lineno

def main(n):
    lines = set()
    s = 0
    for i in range(n):
        s += i
        a = where()
        s += 1
        if i % 2:
            b = where()
        else:
            b = (0 +
                 where())
        lines.add((a, b))
    return sorted(lines), s

def tb_lines(n):
    got = {}
    data = [1, 2, 0]
    for i in range(n):
        try:
            x = 10
            x = x // data[i % 3]
            x = [1][i % 2]
        except (ZeroDivisionError, IndexError) as e:
            got[type(e).__name__] = e.__traceback__.tb_lineno
    return sorted(got.items())

def multiline_error(n):
    vals = list(range(n))
    total = 0
    for i in range(n + 1):
        total = (total
                 + vals[i]
                 * 2)
    return total

print(main(3000))
print(tb_lines(3000))
print(multiline_error(3000))
