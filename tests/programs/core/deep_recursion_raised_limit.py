import sys
sys.setrecursionlimit(200000)

def f(n):
    return 0 if n == 0 else 1 + f(n - 1)

print(f(150000))

class A:
    def m(self, n):
        return 0 if n == 0 else 1 + self.m(n - 1)

print(A().m(100000))

sys.setrecursionlimit(1000)
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print("RecursionError", e)
