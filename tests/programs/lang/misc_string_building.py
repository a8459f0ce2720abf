words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]

def wrap(words, width):
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    if cur:
        lines.append(cur)
    return lines

for width in (12, 20, 30):
    lines = wrap(words, width)
    print(f"width {width}:")
    for line in lines:
        print("|" + line.ljust(width) + "|")

def justify(line, width):
    parts = line.split()
    if len(parts) == 1:
        return parts[0].ljust(width)
    gaps = len(parts) - 1
    spaces = width - sum(len(p) for p in parts)
    out = ""
    for i, p in enumerate(parts[:-1]):
        extra = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += p + " " * extra
    return out + parts[-1]
for line in wrap(words, 20):
    print("[" + justify(line, 20) + "]")

# Building with join vs +=
pieces = []
for i in range(5):
    pieces.append(f"<{i}>")
joined = "".join(pieces)
concat = ""
for i in range(5):
    concat += f"<{i}>"
print(joined, joined == concat)

# Box drawing
def box(text):
    lines = text.split("\n")
    w = max(len(l) for l in lines)
    top = "+" + "-" * (w + 2) + "+"
    return "\n".join([top] + ["| " + l.ljust(w) + " |" for l in lines] + [top])
print(box("hello\nwide world\n!"))

# Number formatting table
print("\n".join(f"{n:>4} {n * n:>6} {n ** 3:>8} {hex(n):>6}" for n in range(1, 13, 3)))

# Reverse words, title case, snake/camel conversions
s = "the quick brown fox"
print(" ".join(reversed(s.split())), s.title(), "".join(w.capitalize() for w in s.split()))
def snake(name):
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out += "_"
        out += ch.lower()
    return out
def camel(name):
    first, *rest = name.split("_")
    return first + "".join(p.title() for p in rest)
print(snake("parseHTTPResponseCode"), camel("parse_http_response"), snake("X"), camel("single"))

# Palindromes and character counts
def is_pal(t):
    clean = [c.lower() for c in t if c.isalnum()]
    return clean == clean[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
print(sorted(((c, "mississippi".count(c)) for c in set("mississippi")), key=lambda kv: (-kv[1], kv[0])))
