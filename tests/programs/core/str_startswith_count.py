s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("world", 6))
print(s.endswith("world"), s.endswith("hello"), s.endswith("hello", 0, 5), s.endswith(("x", "ld")))
print(s.startswith(("a", "b", "h")), s.startswith(()), s.endswith(("o", "w"), 0, 5))
print("".startswith(""), "".endswith("a"), s.startswith("hello world!"))
print(s.startswith("o", -1), s.startswith("wor", -5), s.endswith("llo", None, 5))
try:
    s.startswith(["h"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__, e)
files = ["a.py", "b.txt", "c.PY", "d.rs", "e.py"]
print([f for f in files if f.endswith((".py", ".rs"))])
print([f for f in files if f.lower().endswith(".py")])
print("banana".count("a"), "banana".count("an"), "banana".count("ana"), "banana".count("a", 2, 4))
