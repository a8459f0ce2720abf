# Negation and abs at the i64 edge: -(-2**63) is 2**63.
MIN = -2**63
MAX = 2**63 - 1

def negs(n):
    x = MIN + 5
    out = []
    for i in range(n):
        y = -x
        out.append(y)
        x -= 1
        if x < MIN - 3:
            x = MIN + 5
    return out

def negs2(n):
    vals = [MIN, MAX, 0, -1, 1, MIN + 1]
    s = 0
    for i in range(n):
        v = vals[i % 6]
        s += -v
        s += ~v
        s += +v
        s += abs(v)
    return s

def invert(n):
    x = MIN
    for i in range(n):
        x = ~x
        if i % 999 == 0:
            print(i, x)
    return x

def neg_in_loop(n):
    x = 1
    for i in range(n):
        x = -x * 2 if -2**70 < x < 2**70 else 1
        if i % 37 == 0:
            print(i, x)
    return x

r = negs(3000)
print(r[:10])
print(r[-10:])
print(negs2(3000))
print(invert(3000))
print(neg_in_loop(300 * 10))
print(-(-2**63), -MIN, abs(MIN), ~MIN, ~MAX, -(MIN + 0))
