# Exceptions of many kinds raised in compiled loops and caught inside them.
class Box:
    def __init__(self, v):
        self.v = v

def thrower(i):
    if i % 97 == 0:
        raise ValueError("bad %d" % i)
    return i

def main(n):
    lst = [1, 2, 3]
    d = {"a": 1, "b": 2}
    objs = [Box(1), Box(2), None]
    counts = {}
    first = {}
    s = 0
    for i in range(n):
        try:
            k = i % 6
            if k == 0:
                s += lst[i % 5]
            elif k == 1:
                s += d["abc"[i % 3]]
            elif k == 2:
                s += objs[i % 3].v
            elif k == 3:
                s += thrower(i)
            elif k == 4:
                if i % 7 == 0:
                    raise RuntimeError(i)
                s += 1
            else:
                s += int("12x"[: 1 + i % 3])
        except (IndexError, KeyError, AttributeError, ValueError, RuntimeError) as e:
            name = type(e).__name__
            counts[name] = counts.get(name, 0) + 1
            if name not in first:
                first[name] = (i, str(e), repr(e))
    for name in sorted(counts):
        print(name, counts[name], first[name])
    return s

def reraise_count(n):
    c = 0
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise KeyError(i)
                c += 1
            except KeyError:
                c += 10
                raise
        except KeyError as e:
            c += e.args[0] % 2
    return c

def except_else(n):
    s = 0
    for i in range(n):
        try:
            v = 10 // (i % 4)
        except ZeroDivisionError:
            s -= 1
        else:
            s += v
        finally:
            s += 1000
    return s

print(main(3000))
print(reraise_count(3000))
print(except_else(3000))
