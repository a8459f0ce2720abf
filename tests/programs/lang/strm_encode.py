s = "héllo wörld ☃ 😀"
u8 = s.encode("utf-8")
print(u8, len(s), len(u8))
print(u8.decode("utf-8") == s, u8.decode())
print(s.encode("utf-8", "replace") == u8)
print("abc".encode("ascii"), "abc".encode(), type("abc".encode()).__name__)
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"))
print(s.encode("ascii", "xmlcharrefreplace"))
print("é".encode("latin-1"), b"\xe9".decode("latin-1"), "é".encode("utf-16-le"), "A".encode("utf-32-be"))

bad = b"ok \xff\xfe bytes \xc3"
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(bad.decode("utf-8", "replace"), bad.decode("utf-8", "ignore"), bad.decode("utf-8", "backslashreplace"))
print(bad.decode("latin-1"), repr(bad.decode("ascii", "replace")))

# Surrogates and code points
print([hex(ord(c)) for c in "a€😀"], len("😀".encode("utf-8")), len("😀".encode("utf-16-le")))
print("\U0001F600" == "😀", "\N{SNOWMAN}", "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))

# Encoding names are case/dash insensitive
print("x".encode("UTF8"), "x".encode("Utf-8"), "x".encode("utf_8"), "x".encode("ASCII"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)

# bytes <-> str round trips with all byte values through latin-1
allbytes = bytes(range(256))
print(allbytes.decode("latin-1").encode("latin-1") == allbytes)

# str() of bytes vs decode
print(str(b"abc"), str(b"abc", "ascii"), repr(b"abc".decode()))

# UTF-8 decoding of multibyte sequences
for bs in [b"\xc3\xa9", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"\xc0\xaf"]:
    try:
        print(bs, repr(bs.decode("utf-8")))
    except UnicodeDecodeError as e:
        print(bs, e.reason)
