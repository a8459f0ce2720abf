def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one: %r" % (x,)
        case [x, y]:
            return "two: %r %r" % (x, y)
        case [first, *_, last] if first == last:
            return "bookends %r" % (first,)
        case [0, *rest]:
            return "zero then %r" % (rest,)
        case [*init, 9]:
            return "ends in nine after %r" % (init,)
        case [_, _, *rest]:
            return "long with %d extra" % len(rest)
        case _:
            return "not a sequence"

for v in [[], [1], (1, 2), [3, 4, 3], [0, 1, 2], [1, 2, 9], [1, 2, 3, 4], "str", b"b", 5,
          range(3), {"a": 1}, {1, 2}]:
    print(repr(v), "->", shape(v))

# Strings are not matched as sequences
match "ab":
    case [a, b]:
        print("sequence")
    case str():
        print("string, not sequence")

# Nested sequences
match [(1, 2), [3, [4, 5]]]:
    case [(a, b), [c, [d, e]]]:
        print(a + b + c + d + e)

# Tuples and lists are interchangeable in patterns
match (1, 2):
    case [1, 2]:
        print("tuple matched list pattern")
match [1, 2]:
    case (1, 2):
        print("list matched tuple pattern")

# Star captures a list even from tuple
match (1, 2, 3, 4):
    case (a, *b, c):
        print(a, b, c, type(b).__name__)

# Matching iterators doesn't work (not sequences)
match iter([1, 2]):
    case [a, b]:
        print("iterator matched?")
    case _:
        print("iterator is not a sequence")

# Command parsing
def run(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["go", *_]:
            return "go where?"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"
for c in ["go north", "go", "go a b", "take sword shield", "take", "quit", "exit", "dance now", ""]:
    print(repr(c), "->", run(c))

# A class that only defines __getitem__/__len__ is not a sequence for match
class MySeq:
    def __getitem__(self, i):
        return [10, 20][i]
    def __len__(self):
        return 2
match MySeq():
    case [a, b]:
        print("custom seq", a, b)
    case _:
        print("custom class without Sequence registration does not match")
