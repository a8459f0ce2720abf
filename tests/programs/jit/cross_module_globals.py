# A hot loop in another module reads that module's globals, which this
# module rebinds between (and, through a callback, during) the loops.
import _jit_helper_mod as h

print(h.scaled_sum(3000))
h.FACTOR = 2.5
print(h.scaled_sum(3000))
h.FACTOR = 2**62
print(h.scaled_sum(3000))
print(h.bump_until(3000), h.COUNT)

FACTOR = "this module's FACTOR is not the helper's"

class Rebinder:
    def __init__(self):
        self.calls = 0
    def __radd__(self, other):
        self.calls += 1
        if self.calls == 1:
            h.FACTOR = 1
        return other

h.FACTOR = 3
def mixed(n):
    s = 0
    r = Rebinder()
    for i in range(n):
        s += h.FACTOR
        if i == 1500:
            s = s + r
    return s
print(mixed(3000))
print(h.scaled_sum(10))
