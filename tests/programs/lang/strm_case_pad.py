words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "123abc", "they're bill's friends",
         "ßtraße", "a-b_c d", "ΣΑΣ", ""]
for w in words:
    print(repr(w), [w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold()])

print("hello world".istitle(), "Hello World".istitle(), "HELLO".isupper(), "hello".islower(),
      "Hello".isupper(), "123".isupper(), "A1".isupper(), "".islower())

# Padding
print(repr("abc".center(9)), repr("abc".center(8, "*")), repr("abc".center(2)), repr("ab".center(5, "-")))
print(repr("abc".ljust(6)), repr("abc".ljust(6, ".")), repr("abc".rjust(6)), repr("abc".rjust(6, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "12345".zfill(3), "-".zfill(3))
print(repr("x".center(4)), repr("xy".center(5)), repr("xyz".center(6)))

# Multiplication and concatenation
print("ab" * 3, 3 * "-", "x" * 0, "x" * -1, "a" + "b" + "c")

# Comparison and ordering
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(min("hello"), max("hello"), "a" < "B", "a".lower() < "B".lower())

# ord-based operations
print([c for c in "Hello" if c.isupper()], "".join(chr(ord(c) + 1) for c in "HAL"))

# str constructor
print(str(), str(123), str(1.5), str(None), str([1]), str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"))
print(repr(str(b"x", encoding="ascii")), str(True), str(-0.0), str(1e100))
