tests = ["123", "12.3", "", "abc", "ABC", "aBc", "abc123", " ", " \t\n", "Hello World",
         "hello world", "HELLO WORLD", "é", "½", "٣", "²", "a b", "_", "Ab1 ", "ǅ"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(),
          t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
