# Float arithmetic in nested loops: escape-time iteration over a grid.
import sys


def escape_count(size, limit):
    inside = 0
    total = 0
    for py in range(size):
        ci = 2.0 * py / size - 1.0
        for px in range(size):
            cr = 2.5 * px / size - 2.0
            zr = 0.0
            zi = 0.0
            n = 0
            while n < limit and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                n += 1
            total += n
            if n == limit:
                inside += 1
    return inside, total


size = int(sys.argv[1]) if len(sys.argv) > 1 else 200
print(escape_count(size, 50))
