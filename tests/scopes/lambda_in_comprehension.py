funcs = [lambda: i for i in range(3)]
fixed = [lambda i=i: i for i in range(3)]
def f(n):
    return [lambda: k * n for k in range(n)]
def g():
    return {k: (lambda: k) for k in "ab"}
class C:
    table = [lambda: j for j in range(2)]
