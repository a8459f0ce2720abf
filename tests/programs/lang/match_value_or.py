class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Consts:
    class Nested:
        LIMIT = 10

import math

def name(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN | Color.BLUE:
            return "G or B"
        case Consts.Nested.LIMIT:
            return "the limit"
        case math.pi:
            return "pi"
        case _:
            return "?"

for c in ["red", "green", "blue", 10, math.pi, 3]:
    print(c, name(c))

# A bare name is a capture pattern, not a value lookup
RED = "red"
match "blue":
    case RED:
        print("captured", RED)

# Or-patterns with different structure
def kind(v):
    match v:
        case [x] | (x, _) | {"only": x}:
            return "got %r" % (x,)
        case int() | float() as num:
            return "number %r" % num
        case str() | bytes():
            return "text"
    return "none"
for v in [[1], (2, 3), {"only": 4}, 5, 6.5, "s", b"b", None]:
    print(repr(v), kind(v))

# Or-pattern order: first alternative wins
match (1, 1):
    case (1, a) | (a, 1):
        print("a =", a)

# Nested or-patterns
match ["go", "north"]:
    case ["go", ("north" | "south") as d]:
        print("vertical", d)

# Class constants in match
class Dir:
    UP = "UP"
    DOWN = "DOWN"
for d in [Dir.UP, Dir.DOWN, 1]:
    match d:
        case Dir.UP:
            print("up")
        case Dir.DOWN:
            print("down")
        case _:
            print("raw", d)

# Guard combined with or-pattern
for v in [1, 2, 3, 4]:
    match v:
        case 1 | 2 | 3 if v % 2:
            print(v, "odd small")
        case 1 | 2 | 3:
            print(v, "even small")
        case _:
            print(v, "big")

# Value pattern compares with ==
class AlwaysEq:
    def __eq__(self, o):
        return True
class Holder:
    V = AlwaysEq()
match 12345:
    case Holder.V:
        print("AlwaysEq matched by ==")
