text = "line1\nline2\r\nline3\rline4\n\nline6\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[:2])
print("".splitlines(), "\n".splitlines(), "a".splitlines(), "a\n".splitlines(), "\na".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print(text.split("\n"))
n = 0
for line in "x = 1\ny = 2\n\nz = 3".splitlines():
    if line:
        n += 1
        print(n, line.split(" = "))
