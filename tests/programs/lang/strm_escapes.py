samples = ["tab\there", "new\nline", "back\\slash", "quote\"s", 'apos\'s', "bell\a", "nul\0end", "\x41\x42",
           "\101\102", "\u00e9\u00E9", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}", "cr\r", "\v\f\b"]
for s in samples:
    print(repr(s), len(s), [ord(c) for c in s][:6])
print(r"raw \n stays", len(r"\n"), r"C:\path\to", rb"\x00" == b"\\x00", r"\u00e9")
print("line1\
line2")
print("adjacent" " literals" ' join', "multi"
      "line")
print("""triple "quoted" 'string'
with newline""")
print('''single triple''')
print(b"\x00\x7f\xff", b"\t\n", len(b"\\"), br"\d+")
print("\a\b".encode(), "é".encode("unicode_escape"), b"\\u00e9".decode("unicode_escape"))
print("\077", repr("\0"), "\7" == "\x07", "\1234" == "S4")
print(str.isprintable("\t"), repr("\x7f\x80\xa0\xad"), ascii("naïve ☃"))
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\N{EURO SIGN}", "\N{snowman}")
print(f"{'\t'!r}", "{{not in f}}", f"{{}}", f"{{{1}}}")
