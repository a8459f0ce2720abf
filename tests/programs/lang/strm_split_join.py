s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("one::two::three".split("::"), "x".split("x"), "aaa".split("a"))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a b c".split(" ", -1))
print("1\r\n2\n3\r4\x0b5\x0c6\x1c7\u20288".split())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "/".join("abc"))
print(" ".join(str(i) for i in range(5)), "|".join(("t", "u")), "+".join({"k": 1}))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join("a", "b")
except TypeError as e:
    print(type(e).__name__, e)

# partition / rpartition
for text in ["key=value=more", "novalue", "=start", "end="]:
    print(repr(text), text.partition("="), text.rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)

# splitlines
text = "line1\nline2\r\nline3\rline4\n\nline6"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(True))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("no newline".splitlines(True))

# split vs splitlines on trailing newline
print("a\nb\n".split("\n"), "a\nb\n".splitlines())

# Joining bytes
print(b"-".join([b"a", b"b"]), b"a b  c".split(), b"k=v".partition(b"="))
