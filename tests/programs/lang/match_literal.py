def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "true"
        case None:
            return "none"
        case 2 + 3j:
            return "complex"
        case "a" "b":
            return "concatenated"
        case _:
            return "other %r" % (v,)

for v in [0, 1, 3, -1, 1.5, "hello", b"bytes", True, None, 2 + 3j, "ab", 0.0, False, 1.0, "x", [], 4]:
    print(repr(v), "->", describe(v))

# Literal True/False/None use identity
def flag(v):
    match v:
        case False:
            return "False literal"
        case 0:
            return "zero literal"
    return "nothing"
print(flag(False), flag(0), flag(0.0), flag(None))

# Match on result of expression
match 10 % 3:
    case 1:
        print("remainder one")

# Nothing matches: no error, nothing happens
match "zzz":
    case "a":
        print("no")
print("after unmatched")

# match is a soft keyword
match = [1, 2]
print(match)
case = "still a name"
print(case)
match (match):
    case [1, 2]:
        print("matched list named match")
