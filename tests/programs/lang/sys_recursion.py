import sys
orig = sys.getrecursionlimit()
print(type(orig).__name__, orig >= 100)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))

sys.setrecursionlimit(200)
print(sys.getrecursionlimit())

def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(isinstance(RecursionError(), RuntimeError))

sys.setrecursionlimit(orig)
print(sys.getrecursionlimit() == orig)

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)

# Mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(300), is_odd(301))

# Recursion still works after a RecursionError was handled
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(50))

# Deep recursion through __repr__ of nested lists
nested = []
cur = nested
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(nested)[:20], len(repr(nested)))

# Ackermann small values
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print([ack(m, n) for m in range(3) for n in range(3)])
