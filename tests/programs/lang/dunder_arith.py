class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __divmod__(self, k):
        return (self // k, self % k)
    def __pow__(self, k, mod=None):
        if mod is None:
            return V(*[a ** k for a in self.c])
        return V(*[pow(a, k, mod) for a in self.c])
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __pos__(self):
        return V(*[+a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return V(*reversed(self.c))
    def __lshift__(self, n):
        return V(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n):
        return V(*(self.c[-n:] + self.c[:-n]))
    def __and__(self, o):
        return V(*[a & b for a, b in zip(self.c, o.c)])
    def __or__(self, o):
        return V(*[a | b for a, b in zip(self.c, o.c)])
    def __xor__(self, o):
        return V(*[a ^ b for a, b in zip(self.c, o.c)])

a = V(1, 2, 3)
b = V(4, 5, 6)
print(a + b, a - b, a * 3, a / 2, b // 2, b % 4)
print(divmod(b, 4), a ** 2, pow(b, 2, 7), a @ b)
print(-a, +a, abs(V(3, 4)), ~a)
print(a << 1, a >> 1, V(6, 5) & V(3, 3), V(6, 5) | V(1, 2), V(6, 5) ^ V(3, 3))
print(a + b * 2 - V(1, 1, 1))

# Operator precedence interplay with overloading
print(-a ** 2)

# Dunder lookup happens on the type, not the instance
a.__add__ = lambda o: "instance"
print(a + b)
print(a.__add__(b))

# Methods returning non-V types
class Weird:
    def __add__(self, o):
        return "added %r" % (o,)
    def __mul__(self, o):
        return [o]
    def __neg__(self):
        return None
w = Weird()
print(w + 1, w + "s", w * 3, -w)

# Defining via assignment to the class works
class Late:
    pass
Late.__add__ = lambda self, o: "late " + str(o)
print(Late() + 5)

# __bool__/__len__ irrelevant to arithmetic; __index__ used for sequence repeat
class Idx:
    def __index__(self):
        return 3
print("ab" * Idx(), [0] * Idx(), bin(Idx()), hex(Idx()), list(range(Idx())))
print([1, 2, 3, 4, 5][Idx()], "abcdef"[Idx():])
