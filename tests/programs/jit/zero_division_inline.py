# Uncaught ZeroDivisionError from an inline int // in a compiled loop
# (native code deoptimizes and the interpreter raises with the loop's line).
def run(n):
    s = 0
    k = n
    for i in range(n + 10):
        k -= 1
        s += 1000 // (k + 7)
        if i % 400 == 0:
            print(i, k, s)
    return s

print(run(3000))
