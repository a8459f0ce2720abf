class Money(int):
    def __repr__(self):
        return "$%d" % int(self)
    def __add__(self, other):
        return Money(int(self) + int(other))

m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__)
print(3 + m, type(3 + m).__name__)
print(m * 2, type(m * 2).__name__)
print(m == 5, hash(m) == hash(5), isinstance(m, int))
print(int(m), type(int(m)).__name__, str(m), f"{m}", "%d" % m)

class Flag(int):
    pass
f = Flag(3)
print(f + f, type(f + f).__name__, -f, type(-f).__name__)

class Bits(int):
    def __new__(cls, v, width=8):
        obj = super().__new__(cls, v)
        obj.width = width
        return obj
    def __str__(self):
        return format(int(self), "0%db" % self.width)
b = Bits(5, 4)
print(b, b.width, b + 1)

class Shout(str):
    def __str__(self):
        return self.upper()
    def shout(self):
        return self + "!"
s = Shout("hi")
print(s, repr(s), s.shout(), type(s.shout()).__name__)
print(len(s), s[0], s * 2, s.upper(), type(s.upper()).__name__)
print(s == "hi", "h" in s, f"{s}", "%s" % s, str(s), format(s))

class CI(str):
    def __eq__(self, other):
        return self.lower() == other.lower()
    def __hash__(self):
        return hash(self.lower())
print(CI("ABC") == "abc", "abc" == CI("ABC"), CI("x") != "X")

class F(float):
    def __repr__(self):
        return "F(%s)" % float.__repr__(self)
print(repr(F(1.5)), F(1.5) + 1, type(F(1.5) + 1).__name__)

class T(tuple):
    def sum(self):
        return sum(self)
t = T([1, 2, 3])
print(t, t.sum(), t[1:], type(t[1:]).__name__)
