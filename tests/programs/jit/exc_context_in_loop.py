# Hot loops inside except blocks: exception context and sys.exc_info()
# inside and after the loop.
import sys

def main(n):
    out = []
    try:
        raise KeyError("outer")
    except KeyError:
        for i in range(n):
            try:
                if i % 1000 == 0:
                    raise ValueError(i)
            except ValueError as e:
                out.append((repr(e.__context__), repr(sys.exc_info()[1])))
            if i % 1000 == 1:
                out.append(repr(sys.exc_info()[1]))
    out.append(repr(sys.exc_info()[1]))
    return out

def chained(n):
    try:
        try:
            for i in range(n):
                if i == n - 1:
                    raise ValueError("inner %d" % i)
        except ValueError as e:
            s = 0
            for j in range(n):
                s += j
            raise RuntimeError("sum %d" % s) from e
    except RuntimeError as r:
        return repr(r), repr(r.__cause__), r.__suppress_context__

def else_clause(n):
    x = 0
    for i in range(n):
        x += i
    else:
        x = x / (n - 3000)
    return x

for row in main(3000):
    print(row)
print(chained(3000))
print(else_clause(3000))
