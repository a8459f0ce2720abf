# indexing by code point, including non-ASCII and emoji
s = "hello"
print(s[0], s[4], s[-1], s[-5], len(s))
u = "héllo"
print(u[1], u[-4], len(u), u[1] == "\u00e9")
e = "a😀b🐍c"
print(len(e), e[1], e[3], e[-1], e[-2], e[2])
cjk = "日本語テキスト"
print(len(cjk), cjk[0], cjk[-1], cjk[2:4])
mixed = "x\u0301y"  # combining accent is its own code point
print(len(mixed), repr(mixed[1]))
for i in range(-len(e), len(e)):
    print(i, e[i], end=" | ")
print()
for bad in [5, -6, 100, -100, 2 ** 70]:
    try:
        print(s[bad])
    except IndexError as ex:
        print(bad, type(ex).__name__, ex)
try:
    ""[0]
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    s[1.0]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    s[0] = "j"
except TypeError as ex:
    print(type(ex).__name__, ex)
print(s[True], s[False])
print(ord("a"), ord("é"), ord("😀"), chr(97), chr(233), chr(128512), chr(0x65e5))
print([c for c in "aé😀"])
print(list("héllo"), tuple("ab"))
