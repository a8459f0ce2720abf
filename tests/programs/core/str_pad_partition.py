print(repr("abc".center(9)), repr("abc".center(8)), repr("abc".center(8, "*")), repr("abc".center(2)))
print(repr("ab".center(5, "-")), repr("abcd".center(7, ".")), repr("".center(3, "x")))
print(repr("abc".ljust(6)), repr("abc".ljust(6, "-")), repr("abc".rjust(6)), repr("abc".rjust(6, "0")), repr("abc".rjust(1)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "123456".zfill(3), "".zfill(2), "-".zfill(3))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="), "=".partition("="))
print("a->b->c".partition("->"), "a->b->c".rpartition("->"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
print("😀".center(5, "é"))
print("tab\there".expandtabs(), "a\tbc\td".expandtabs(4))
