cases = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\r",
         "nul\x00", "back\\slash", "bell\x07", "esc\x1b", "del\x7f", "\x80\x9f", "é", "😀",
         "\u200b", "\u2028", "\ufeff", "\U0001f600\u00a0", "", "'", '"', "'\"",
         "\x0b\x0c", "a\u0300", "\xa0\xad", "日本"]
for c in cases:
    print(repr(c), len(c))
print(str("it's"), str('say "hi"'))
print(["it's", 'a"b', "\n"], ("\t",), {"k\n": "v'"})
print(repr(repr("x")), repr(str(1.5)), repr(str([1, "a"])))
print("a\tb", "a\\tb", r"a\tb", len(r"\n"), len("\n"))
print("\N{GREEK SMALL LETTER ALPHA}", "\x41\102\u0043\U00000044")
print(ascii("héllo 😀"), ascii("plain"), ascii(["é"]))
