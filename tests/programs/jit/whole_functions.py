# Functions of ints called often (recursion) are compiled whole by the jit
# tier. Whatever native code cannot finish (big ints, exceptions, depth)
# is run again by the interpreter: results, exceptions and tracebacks must
# be exactly the interpreter's.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20), fib(25), [fib(k) for k in range(10)])


# Overflow past i64: the interpreter redoes the call with big ints.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(sum(fact(k) for k in range(15)) % 1000003)
for _ in range(200):
    fact(12)
print(fact(25), fact(30) // fact(28))


# Python's floor division, modulo and shifts on negative numbers.
def divmods(a, b):
    return (a // b) * 1000 + a % b + (a << 3) - (a >> 2) + (-a ^ b) - ~b


total = 0
for a in range(-40, 40):
    for b in (-7, -3, 1, 5, 9):
        total += divmods(a, b)
print(total, divmods(-7, 2), divmods(7, -2), divmods(-2**62, 3))


# Division by zero deep inside: the interpreter raises it, with every frame.
def hits_zero(n, d):
    if n == 0:
        return 100 // d
    return hits_zero(n - 1, d) + 1


print(sum(hits_zero(5, 1 + k % 3) for k in range(500)))
try:
    hits_zero(3, 0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("ZeroDivisionError", e, "frames", depth)
print(hits_zero(4, 7))


# Too deep: RecursionError, as in the interpreter.
def down(n):
    return down(n + 1) + 1


try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(sum(depth(k) for k in range(60)))
sys.setrecursionlimit(20000)
print(depth(15000))
sys.setrecursionlimit(1000)


# The global of its name is rebound: calls go to the new function.
def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


print(sum(count(k) for k in range(60)))
same = count


def count(n):  # noqa: F811
    return -1


print(same(5), count(5))


# Bool results stay bools; bool and float arguments are not ints.
def even(n):
    if n == 0:
        return True
    return not even(n - 1)


print([even(k) for k in range(8)], sum(1 for k in range(300) if even(k)))
print(fib(True), fib(False), fib(10.0), even(3))


# Bool arithmetic: `&`, `|`, `^` of bools are bools, the rest ints.
def bools(n):
    t = n > 0
    f = n < 0
    return (t & f) == (t ^ t)


def bool_math(n):
    t = n > 0
    return (t + t) * 10 + (-t) + (~(t + 0)) + (t << 2)


print([bools(k) for k in range(3)], bool_math(1), bool_math(0))

# Extreme ints at the edges of i64.
big = 2**63 - 1


def edge(a, b):
    return -a + b


print(edge(5, 6), [edge(-big, 1) for _ in range(3)][0], edge(-big - 1, 0), edge(big, -big))


# Not compiled whole: a loop, a read of another global, a call of
# something else. Results are the same either way.
SCALE = 3


def with_global(n):
    return n * SCALE


def with_loop(n):
    t = 0
    while n > 0:
        t += n
        n -= 1
    return t


def with_call(n):
    return abs(n) + 1


print(
    sum(with_global(k) for k in range(2000)),
    sum(with_loop(k) for k in range(200)),
    sum(with_call(-k) for k in range(2000)),
)


# Calls from compiled loops and from builtins reach the native code too.
def run(k):
    t = 0
    for i in range(k):
        t += fib(i % 15)
    return t


print(run(3000), list(map(fib, range(10))), sorted(range(10), key=fib)[:3])
