def mro(c):
    return [k.__name__ for k in c.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for c in [A, K1, K2, K3, Z]:
    print(c.__name__, mro(c))

# Diamond
class Top:
    def who(self):
        return ["Top"]
class Left(Top):
    def who(self):
        return ["Left"] + super().who()
class Right(Top):
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()
print(mro(Bottom))
print(Bottom().who())

# Order of bases matters
class Bottom2(Right, Left): pass
print(mro(Bottom2))

# Attribute resolution follows MRO
class P1:
    x = "P1"
class P2:
    x = "P2"
    y = "P2y"
class Q(P1, P2): pass
print(Q.x, Q.y)

# mro() method
print([k.__name__ for k in Z.mro()])

# Builtins in MRO
class MyList(list): pass
print(mro(MyList))
print(mro(bool), mro(KeyError))

# Classic example from the C3 paper
class F(O): pass
class E2(O): pass
class D2(O): pass
class C2(D2, F): pass
class B2(D2, E2): pass
class A2(B2, C2): pass
print(mro(A2))

# Multiple inheritance with __init__ chain
class Base:
    def __init__(self):
        self.log = ["Base"]
class M1(Base):
    def __init__(self):
        super().__init__()
        self.log.append("M1")
class M2(Base):
    def __init__(self):
        super().__init__()
        self.log.append("M2")
class Mixed(M1, M2):
    def __init__(self):
        super().__init__()
        self.log.append("Mixed")
print(Mixed().log)
