for c in ["a", "A", "0", " ", "\n", "é", "€", "😀", "\x00", "\uffff"]:
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
print([chr(i) for i in range(65, 71)], chr(0x263A), chr(128512), repr(chr(0)), repr(chr(127)), repr(chr(160)))
print(ord(b"a"), ord(bytearray(b"z")))
for bad in ["", "ab", 65]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [-1, 0x110000, 2 ** 40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["a", 1.5, None]:
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# Caesar cipher via ord/chr
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))

# Character classes by code point
print(sum(1 for i in range(128) if chr(i).isprintable()), sum(1 for i in range(256) if chr(i).isspace()))
print([i for i in range(128) if chr(i).isspace()])

# String <-> list of code points
s = "Python"
codes = [ord(c) for c in s]
print(codes, "".join(map(chr, codes)), bytes(codes).decode())
