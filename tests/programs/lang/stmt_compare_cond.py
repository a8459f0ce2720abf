x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 1 > 0, 1 < 3 > 2)
print(1 == 1 == 1, 1 == 1 != 2, x is x is not None if False else "skip")
print(0 <= x <= 5 == 5, x < 10 in [True], "a" < "b" < "c")

# Middle operand evaluated once
def mid():
    print("  mid evaluated")
    return 5
print(1 < mid() < 10)

# Short circuit: third operand not evaluated when first comparison false
def third():
    print("  third evaluated")
    return 100
print(10 < mid() < third())

# in / not in / is / is not chained
lst = [1, 2]
print(1 in lst in [[1, 2]], None is None is None, 3 not in lst is not None)

# Conditional expressions
for v in [-1, 0, 1]:
    print("neg" if v < 0 else "zero" if v == 0 else "pos")
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
print([("big" if n > 2 else "small") for n in range(5)])
y = 1 if [] else 2 if {} else 3
print(y)

# Only the chosen branch is evaluated
def a():
    print("  a")
    return "A"
def b():
    print("  b")
    return "B"
print(a() if True else b())
print(a() if False else b())

# Boolean operators return operands
print(1 and "x", 0 and "x", None or 0, "" or "default", [] or {} or (), 3 or 1 / 0)
print(not 0, not "a", not not [], (not 1) == False)

# Comparisons between different numeric types
print(1 == 1.0, 1 == True, 0 == False, 2 == 2 + 0j, 1.5 > 1, -0.0 == 0.0)
print(10 ** 20 == 1e20, 10 ** 16 + 1 == 1e16, float("inf") > 10 ** 400, 2 ** 53 + 1 > float(2 ** 53))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])

# Comparisons of sequences
print([1, 2] < [1, 2, 0], (2,) > (1, 5), "abc" < "abd", "Z" < "a", "" < "a")
print([1, [2, 3]] < [1, [2, 4]], (1, "x") == (1, "x"), [1] == (1,))

# is with small objects
a1 = []
a2 = a1
print(a1 is a2, a1 is not [], None is None, type(None) is type(None))

# Precedence: not binds looser than comparisons
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, -3 % 5, 3 % -5, -7 // 2, 7 // -2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 7 & 3 | 8, 1 << 2 + 1, ~5 + 1, 6 ^ 3 & 1)
