def point(x, y, z=0):
    return "(" + str(x) + "," + str(y) + "," + str(z) + ")"
print(point(1, 2), point(y=2, x=1), point(1, z=3, y=2), point(*[1, 2]), point(**{"x": 1, "y": 2, "z": 3}))
print(point(1, *[2], **{"z": 9}), point(*(1,), y=5))
def describe(name, **info):
    out = name
    for k, v in info.items():
        out += " " + k + "=" + str(v)
    return out
print(describe("a"), describe("b", size=3, color="red"), describe(name="c", z=1, a=2))
opts = {"verbose": True, "level": 2}
print(describe("d", **opts), describe("e", **opts, extra=None))
try:
    describe("f", **{"name": "dup"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe("f", **{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(1, 2, **{"z": 1}, **{"z": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(*5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(["b", "A", "c"], key=str.lower, reverse=True))
print(max([1, 5, 3], key=lambda v: -v), min("abc", "de", key=len))
print("sep", "end", sep="--", end="!\n")
