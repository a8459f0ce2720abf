# Strings, bytes and str methods in hot loops mixed with int counters.
def main(n):
    parts = []
    s = ""
    c = 0
    for i in range(n):
        t = str(i)
        if t == t[::-1]:
            parts.append(t)
            c += len(t)
        s += chr(97 + i % 26)
        if len(s) > 50:
            s = s[25:]
    joined = ",".join(parts)
    return c, len(parts), joined[:60], s, joined.count("1")

def fmt(n):
    out = []
    for i in range(n):
        x = i * 1.5 - 100
        line = f"{i:>5}|{x:8.2f}|{i:#x}|{-i:+d}|{x!r}"
        if i % 750 == 0:
            out.append(line)
    return out

def compare_strs(n):
    words = ["apple", "Apple", "banana", "", "apple2", "b"]
    c = 0
    for i in range(n):
        a = words[i % 6]
        b = words[(i * 5) % 6]
        if a < b: c += 1
        if a == b: c += 10
        if a in b: c += 100
    return c

print(main(3000))
for line in fmt(3000):
    print(line)
print(compare_strs(3000))
