s = "  \t hello world \n  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")), repr("abcHELLOcba".strip("cba")))
print(repr("www.example.com".strip("cmowz.")), repr("....".strip(".")), repr("".strip()))
print(repr("  a  ".strip(None)), repr("\u3000wide\u3000".strip()), repr("\x0b\x0cz\x1c".strip()))
print(repr("hello".strip("")), repr("aaa".lstrip("a")), repr("mississippi".rstrip("ip")))
print(repr("😀x😀".strip("😀")))
try:
    "a".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("prefix_name".removeprefix("prefix_")), repr("name.py".removesuffix(".py")),
      repr("abc".removeprefix("x")))
