s = "  \t hello world \n  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHIcba".lstrip("abc"), "abcHIcba".rstrip("cba"))
print(repr("".strip()), repr("   ".strip()), "hello".strip(""), "aaa".strip("a") == "")
print("\u00a0nbsp\u3000".strip(), "\x1c\x1dsep\x1e\x1f".strip())
print("www.example.com".removeprefix("www."), "www.example.com".removesuffix(".com"))
print("abc".removeprefix("x"), "abc".removesuffix(""), "abc".removeprefix("abc"))

print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("b", ""))
print("banana".replace("ana", "X"), "aaaa".replace("aa", "b"), "Hello".replace("l", "L", 1))
print("abc".replace("abc", "longer string"), "a.b.c".replace(".", "::"))

# count, find, index and friends
t = "hello world, hello python"
print(t.count("hello"), t.count("o"), t.count("o", 5), t.count("o", 5, 10), t.count(""), "aaaa".count("aa"))
print(t.find("hello"), t.find("hello", 1), t.rfind("hello"), t.find("zzz"), t.find(""), t.rfind(""))
print(t.find("o", -5), t.find("o", 5, 6), t.rfind("o", 0, 10), t.index("world"), t.rindex("o"))
try:
    t.index("zzz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.rindex("zzz")
except ValueError as e:
    print(type(e).__name__, e)
print("abc".find("c", 10), "abc".find("", 3), "abc".find("", 4), "abc"[3:].find(""))

# startswith / endswith with tuples and ranges
print(t.startswith("hello"), t.startswith("world", 6), t.startswith(("x", "he")), t.startswith(""))
print(t.endswith("python"), t.endswith("hello", 0, 5), t.endswith(("a", "on")), "".endswith(""))
try:
    t.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)

# in operator for substrings
print("ell" in "hello", "" in "abc", "xyz" not in "abc", "A" in "abc")

# translate / maketrans
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 72}))
print(str.maketrans({"a": "1", "b": None}))

# expandtabs
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)),
      repr("ab\n\tc".expandtabs(3)), repr("12345\t6".expandtabs(5)))
