# An exception inside a function lowered in place: the traceback shows the
# callee's frame and line, as when the interpreter makes the call.


def ratio(a, b):
    s = a + b
    return a / (s - 2000)


def run(n):
    t = 0.0
    for i in range(n):
        t += ratio(i, 1000)
    return t


print(run(999))
print(run(2000))
