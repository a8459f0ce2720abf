def f(v):
    match v:
        case 0:
            return "zero"
        case x if isinstance(x, int) and x < 0:
            return "negative %d" % x
        case x:
            return "captured %r" % (x,)

print(f(0), f(-5), f(7), f("s"))

# Wildcard does not bind
match 42:
    case _:
        pass
try:
    _
    print("underscore bound?")
except NameError:
    print("_ is not bound")

# Capture binds even if guard fails
match 5:
    case n if n > 10:
        print("big")
    case _:
        print("guard failed but n =", n)

# Capture in sequences binds sub-parts
match (1, (2, 3)):
    case (a, (b, c)):
        print(a, b, c)

# as-patterns
match [1, 2, 3]:
    case [1, *rest] as whole:
        print(rest, whole)
match 7:
    case (1 | 7 | 9) as n:
        print("odd digit", n)
match {"k": [1, 2]}:
    case {"k": [_, second] as pair}:
        print(second, pair)

# Irrefutable pattern must be last
try:
    compile("match x:\n case y:\n  pass\n case 1:\n  pass", "<t>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# Same name bound twice is an error
try:
    compile("match x:\n case [a, a]:\n  pass", "<t>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# Or-pattern alternatives must bind the same names
try:
    compile("match x:\n case [a] | b:\n  pass", "<t>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# Guards see bound names and outer variables
limit = 3
for v in [(1, 2), (5, 1), (2, 2)]:
    match v:
        case (a, b) if a + b > limit and a != b:
            print(v, "sum above limit")
        case (a, b) if a == b:
            print(v, "pair")
        case _:
            print(v, "other")

# Guard with side effects evaluated only when pattern matches
def guard(tag):
    print("  guard", tag)
    return False
match 3:
    case "x" if guard("string"):
        pass
    case 3 if guard("three"):
        pass
    case 3:
        print("three without guard")
