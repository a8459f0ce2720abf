a = "foo"
b = "bar"
print(a + b, a + "" + b, "" + "", a * 3, 3 * a, a * 0, a * -2, repr("" * 5))
print("ab" * True, "ab" * False)
print("oo" in a, "x" in a, "" in a, "" in "", "foobar" in a + b, "😀" in "a😀b")
print("o" not in a, "z" not in a)
s = "x"
s += "y"
s *= 3
print(s)
for bad in [lambda: "a" + 1, lambda: "a" + None, lambda: 1 + "a", lambda: "a" * "b",
            lambda: "a" * 1.5, lambda: 1 in "abc", lambda: "a" - "b", lambda: [1] + "a"]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print("-".join(["a", "b"]) + str(1) + repr("q"))
print("abc" "def", "x" + "y" * 2)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))
print(len("ab" * 1000), ("ab" * 1000)[-3:])
