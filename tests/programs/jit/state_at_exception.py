# When an exception leaves a compiled loop, every variable updated by the
# loop must hold its latest value in the handler and after it.
def main(n, data):
    a = 0
    b = 0.0
    c = 2**63 - 1500
    i = -1
    try:
        for i in range(n):
            a += 3
            b += 0.5
            c += 1
            t = data[i]
            a -= t
    except IndexError:
        print("handler", i, a, b, c, c - 2**63)
    return a, b, c, i

def in_finally(n):
    x = 0
    y = 1
    try:
        try:
            while True:
                x += 1
                y = y * 2 % 1000003
                if x == n:
                    raise KeyError(x)
        finally:
            print("finally", x, y)
    except KeyError as e:
        print("caught", e, x, y)

def in_loop_handler(n):
    k = 0
    log = []
    for i in range(n):
        k += 2
        try:
            if i % 600 == 599:
                k = k * 1.5
                raise ValueError
            k += 1
        except ValueError:
            log.append((i, k))
            k = int(k)
    return k, log

def after_call_raises(n):
    def g(v):
        if v == 2345:
            raise RuntimeError("at %d" % v)
        return v
    s = 0
    last = None
    try:
        for i in range(n):
            s += 1
            last = g(i)
            s += last
    except RuntimeError as e:
        print("after call:", e, s, last, i)

print(main(3000, list(range(2000))))
in_finally(3000)
print(in_loop_handler(3000))
after_call_raises(3000)
