ｗｉｄｔｈ = 5
print(width)
class A:
    ﬁ = 1
print(A.fi, getattr(A, "fi"))
def f(**kw):
    return kw
print(f(ｘ=1))
import math as ｍ
print(m.pi > 3)
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 2
print(Unicode)
