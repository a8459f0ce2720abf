# Evaluation order against f_locals writes: in `x += f()` and `y = x + f()`
# CPython loads x before calling f, so a write to x made by f through
# sys._getframe(1).f_locals is overwritten / not seen by that expression.
import sys

class Spy:
    def __getitem__(self, key):
        sys._getframe(1).f_locals["acc"] += 1000
        return key

def via_getitem(n):
    sp = Spy()
    acc = 0
    for i in range(n):
        acc += 1
        if i % 1000 == 0:
            acc += sp[0]
    return acc

class Prop:
    @property
    def p(self):
        sys._getframe(1).f_locals["x"] = 2**65
        return 0

def via_property(n):
    o = Prop()
    x = 0
    for i in range(n):
        x += 1
        if i == 2000:
            x += o.p
    return x

def via_binary(n):
    def bump():
        sys._getframe(1).f_locals["x"] = 10**6
        return 1
    x = 0
    out = []
    for i in range(n):
        y = x + bump()
        x = y
        if i % 1000 == 0:
            out.append((i, x, y))
    return out

class Both:
    def __getitem__(self, k):
        sys._getframe(1).f_locals["x"] = 100
        return 1
    @property
    def p(self):
        sys._getframe(1).f_locals["x"] = 100
        return 1

def plain_binary(n):
    s = Both()
    out = []
    for i in range(n):
        x = i
        y = x + s[0]
        x = i
        z = x + s.p
        if i % 1000 == 0:
            out.append((i, y, z))
    return out

print(via_getitem(3000))
print(via_property(3000))
print(via_binary(3000))
print(plain_binary(3000))
