b = b"hello"
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:3], b[::-1], b[10:])
print(list(b), b"" == bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"))
print(bytes("é", "utf-8"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
print(b"a" + b"b", b"ab" * 3, b"x" in b"xyz", 120 in b"xyz", b"" in b"abc", b"ab" < b"b", b"a" == "a")
print(repr(b"\x00\n\t\r\\'\""), repr(b"\x7f\x80"), b'single\'quote', b"double\"quote")
print(b"Hello World".upper(), b"ABC".lower(), b"  pad  ".strip(), b"a,b".split(b","), b"abc".replace(b"b", b"B"))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".startswith(b"he"), b"hello".index(b"o"), b"abc".decode())
print(b"123".isdigit(), b"abc".isalpha(), b"  ".isspace(), b"Ab".istitle(), b"x".center(5, b"*"), b"7".zfill(3))
print(b"%s-%d" % (b"x", 5), b"a\tb".expandtabs(4), b"abc".title(), b"ab".ljust(4, b"."))

try:
    b"abc" + "def"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([300])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason)

# bytearray
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
ba += b"!"
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
del ba[0]
ba.insert(0, 90)
ba.reverse()
print(ba, ba.find(b"c"), bytearray(2), bytearray([1, 2]), bytearray("hi", "ascii"))
try:
    ba.append(256)
except ValueError as e:
    print(type(e).__name__, e)

# Hashing / equality
print(b"abc" == bytearray(b"abc"), bytes(bytearray(b"x")), {b"k": 1}[b"k"])

# Iteration and conversion
print([x for x in b"AB"], sum(b"\x01\x02\x03"), max(b"az"), int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True), (1024).bit_length())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
