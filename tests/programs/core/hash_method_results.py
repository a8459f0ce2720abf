# What hash() makes of the value a __hash__ method returns: machine-size
# ints as they are (-1 becomes -2), bigger ints reduced like int hashes,
# bools as ints, anything else a TypeError.
def make(v):
    class H:
        def __hash__(self):
            return v
    return H()


for v in [0, 5, -1, -2, 2**62, -2**63, 2**63 - 1, 2**63, 2**64 + 5, -2**70, True, False]:
    print(repr(v), hash(make(v)))

for v in [1.5, "x", None]:
    try:
        hash(make(v))
    except TypeError as e:
        print(type(e).__name__, e)

print(hash(make(2**62)) == hash(2**62), {make(7): 1}.popitem()[1])
