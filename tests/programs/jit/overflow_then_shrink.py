# A variable overflows, stays big for a while, then returns to small ints:
# the loop must keep computing exactly after widening.
def collatz_big(n):
    x = 2**62 + 7
    trace = []
    for i in range(n):
        if x % 2:
            x = 3 * x + 1
        else:
            x //= 2
        if i % 40 == 0:
            trace.append(x)
        if x == 1:
            x = 2**62 + 2 * i + 7
    return trace

def wrap(n):
    x = 0
    hi = 0
    for i in range(n):
        x += 2**61
        if x > 2**64:
            x -= 2**64 + 5
            hi += 1
        if i % 250 == 0:
            print(i, x, hi)
    return x

def alternating(n):
    # every other iteration overflows
    s = 0
    for i in range(n):
        a = 2**62 if i % 2 else 5
        b = a * 4
        s += b % 1000
    return s

t = collatz_big(3000)
print(len(t), t[:5], t[-5:])
print(wrap(3000))
print(alternating(3000))
