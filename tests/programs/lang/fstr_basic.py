name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"key": "value", "n": 7}

print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {n % 5} {-n}")
print(f"{items} {items[0]} {items[-1]} {len(items)} {sum(items)}")
print(f"{d['key']} {d["n"]} {d.get('missing', 'dflt')}")
print(f"{name.upper()} {name[::-1]} {name.lower().count('o')}")
print(f"{'nested ' + 'strings'} {"double" + 'single'}")
print(f"{1 if n > 40 else 0} {[x * 2 for x in items]} {dict(a=1)}")
print(f"{(lambda x: x * 10)(3)}")
print(f"{n!r} {name!r} {name!s} {'é'!a} {name!a}")
print(f"{{literal braces}} {{{n}}} {{}}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {n:05d} {n:x} {n:#b}")
print(f"{'left':<8}|{'right':>8}|{'center':^10}|")
print(f"{n:{'>'}{10}} {pi:.{3}f}")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}] [{name:*^{width}}]")
print(f"{n=} {name=} {pi=:.2f} {items[1]=} {n + 1 = }")
print(f"{n=!s} {name=!r}")
print(F"capital F {n}", rf"raw \n {n}", fr"also raw \t {name}")
print(f"multi {
    n
} line")
print(f"""triple {name}
second line {n}""")

# Nested f-strings
inner = "in"
print(f"{f'{inner}ner'} {f"{f'{n}'}"}")

# Format of objects with __format__
class T:
    def __format__(self, spec):
        return "T[" + spec + "]"
print(f"{T()} {T():abc} {T():{width}}")

# f-string with attribute access and method calls
class P:
    x = 3
    def m(self, k):
        return k * 2
p = P()
print(f"{p.x} {p.m(4)} {P.x ** 2}")

# Walrus in f-string needs parens
print(f"{(y := 10)} {y}")

# Expressions with colons need parens
print(f"{(lambda: 'lam')()} {d['key'][:3]}")

# Unicode and escapes in literal part
print(f"tab\there {n}\n next line é \u2603 \N{BULLET}")

# Backslash inside expression (3.12+)
print(f"{'\n'.join(['a', 'b'])}")

# Conversion + format spec
print(f"{name!r:>12}| {3.5!s:^7}|")

# Empty format spec after colon
print(f"{n:}")

# Comments inside f-string expressions (3.12+)
print(f"{n # a comment
}")

# Errors at runtime inside f-strings
try:
    f"{n:q}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{undefined}"
except NameError as e:
    print(type(e).__name__, e)
