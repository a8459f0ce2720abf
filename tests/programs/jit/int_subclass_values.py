# Instances of int/float subclasses flowing through variables that were
# plain ints/floats when the loop got hot: their overridden operators run.
class Odd(int):
    def __add__(self, other):
        return Odd(int(self) + other + 1)
    def __lt__(self, other):
        return int(self) < other - 5

class Half(float):
    def __mul__(self, other):
        return Half(float(self) * other / 2)

class Weird:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return other + self.v * 10
    def __eq__(self, other):
        return True
    def __bool__(self):
        return False

def add_loop(n):
    x = 0
    out = []
    for i in range(n):
        x = x + 1
        if i == 1500:
            x = Odd(x)
        if i % 500 == 0 or i == 1501:
            out.append((i, int(x), type(x).__name__))
    return out

def lt_loop(n):
    k = 0
    steps = 0
    while k < n:
        k = k + 1
        steps += 1
        if steps == 100:
            k = Odd(k)
    return int(k), steps

def mul_loop(n):
    f = 1.0
    for i in range(n):
        f = f * 1.0001
        if i == 2000:
            f = Half(f)
    return f, type(f).__name__

def radd_loop(n):
    s = 0
    t = 0
    for i in range(n):
        v = i if i % 1000 else Weird(i)
        s = s + v
        if v == -1:
            t += 1
        if not v:
            t += 100
    return s, t

print(add_loop(3000))
print(lt_loop(3000))
print(mul_loop(3000))
print(radd_loop(3000))
