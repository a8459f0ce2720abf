text = """The Quick brown fox -- jumps over the lazy dog!
  It's a   test, isn't it?   Yes: 42 times.
Numbers: 3.14, -7, 1e3 and 0x1F.
"""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
clean = [" ".join(l.split()) for l in lines]
print(clean)
def caesar(s, shift):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar(clean[0], 3)
print(enc, caesar(enc, -3) == clean[0])
def is_palindrome(s):
    letters = [c.lower() for c in s if c.isalnum()]
    return letters == letters[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(s), is_palindrome(s))
def rle(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(str(n) + prev)
            prev, n = ch, 1
    out.append(str(n) + prev)
    return "".join(out)
print(rle("aaabccddddde"), rle("x"), rle(""))
tokens = []
for word in text.replace(",", " ").replace(":", " ").split():
    w = word.strip(".!?-")
    if not w:
        continue
    try:
        tokens.append(("int", int(w)))
    except ValueError:
        try:
            tokens.append(("float", float(w)))
        except ValueError:
            tokens.append(("word", w.lower()))
print(tokens)
print([t for t in tokens if t[0] != "word"])
camel = "parseHTTPResponseCodeFromURL"
snake = ""
for i, ch in enumerate(camel):
    if ch.isupper() and i and (camel[i - 1].islower() or (i + 1 < len(camel) and camel[i + 1].islower())):
        snake += "_"
    snake += ch.lower()
print(snake, "".join([p.capitalize() for p in snake.split("_")]))
print("|".join([w.center(7, ".") for w in ["a", "bb", "ccc"]]))
vowels = sum([1 for c in text.lower() if c in "aeiou"])
print(vowels, text.count("t"), text.upper().count("T"))
