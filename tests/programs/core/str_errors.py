s = "abc"
tests = [
    lambda: s[3],
    lambda: s[-4],
    lambda: "a" + 1,
    lambda: "a" + 1.5,
    lambda: "a" + [],
    lambda: "a" + None,
    lambda: s.index("z"),
    lambda: s.rindex("z"),
    lambda: int(s),
    lambda: float(s),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: s.upper(1),
    lambda: len(5),
    lambda: s.nosuch,
    lambda: s.split(1),
    lambda: s.join(["a", 2]),
    lambda: s * s,
    lambda: str.lower(5),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except (IndexError, TypeError, ValueError, AttributeError) as e:
        print(i, type(e).__name__, e)
