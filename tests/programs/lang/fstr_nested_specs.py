values = [3.14159, -2.5, 1234.5678, 0.001]
for width in (8, 12):
    for prec in (1, 3):
        print("|".join(f"{v:{width}.{prec}f}" for v in values))
for align in "<^>":
    print(f"[{'txt':{align}10}] [{42:{'*'}{align}8}]")
fill, align, width = "-", "^", 11
print(f"{'mid':{fill}{align}{width}}")
print(f"{12345.6789:{','}.{2}f}", f"{255:{'#'}{'x'}}", f"{255:#{'b'}}")
spec = ">+10.2e"
print(f"{12345.678:{spec}}", format(12345.678, spec))
n = 5
print(f"{'x' * n:>{n * 2}}", f"{n:0{n}d}", f"{n!r:>{n}}")
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
w = max(len(name) for name, _, _ in table)
for name, price, qty in table:
    print(f"{name:<{w}} | {price:>6.2f} | {qty:>3d} | {price * qty:>7.2f}")
print(f"{'total':<{w}} | {'':>6} | {sum(q for _, _, q in table):>3d} | {sum(p * q for _, p, q in table):>7.2f}")

# Conversion then spec
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "str-R"
    def __format__(self, spec):
        return "fmt-R[" + spec + "]"
r = R()
print(f"{r} {r!s} {r!r} {r:abc} {r!s:>8} {r!r:<6}|")

# Nested quotes of every kind (3.12+ allows reuse)
d = {"k": "v", "n": {"deep": 1}}
print(f"{d["k"]} {d['n']["deep"]} {f"{d["k"]!r}"} {'''triple'''} {"""dq triple"""}")

# Expressions with dict/set/lambda/comprehension
print(f"{ {'a': 1}['a'] } { {1, 2} == {2, 1} } {(lambda x: x + 1)(1)} {[i for i in range(3)]}")

# Format spec with nested f-string
print(f"{3.14159:{f'.{2}f'}}")

# Dates without datetime: zero padding
y, m, day, hh, mm = 2024, 3, 7, 9, 5
print(f"{y:04d}-{m:02d}-{day:02d}T{hh:02d}:{mm:02d}")

# Percent and grouping in f-strings
ratio = 0.4567
print(f"{ratio:.1%} {ratio:>10.3%} {1234567:_d} {1234567:,d} {0xFFFF:_x}")

# Sign handling
for v in (5, -5, 0):
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:=+6}] [{v:^+7}]")
