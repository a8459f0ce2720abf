words = ["hello world", "HELLO", "hELLo wORLD", "", "123abc", "they're bill's", "ß", "éclair ÉTÉ",
         "hello-world_foo bar", "a1b2 c3"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()))
print("ǅ".lower(), "ǅ".upper(), "straße".upper(), "İ".lower() == "i\u0307")
print("ABC".casefold(), "Straße".casefold())
