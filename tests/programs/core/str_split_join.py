print("a b  c".split(), "  a b  c  ".split(), "".split(), "   ".split())
print("a,b,,c".split(","), ",a,".split(","), "".split(","), "abc".split(","))
print("a b c d".split(" ", 1), "a b c d".split(None, 2), "a,b,c".split(",", 0), "a,b,c".split(",", -1))
print("a b c d".rsplit(" ", 1), "a b c d".rsplit(None, 2), "  a b  ".rsplit(None, 1))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"), "aaaa".split("aa"))
print("one\ttwo\nthree\x0bfour".split())
print("a b".split(maxsplit=1), "x-y-z".rsplit(sep="-", maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(("x",)), "ab".join(["1", "2", "3"]))
print(", ".join([str(i) for i in range(5)]))
for bad in [[1, 2], ["a", None], [["x"]]]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
line = "name=alice;age=30;city=paris"
pairs = [p.split("=") for p in line.split(";")]
print(pairs)
print(dict(pairs))
csv = "1, 2,3 ,  4"
print([int(x) for x in csv.split(",")])
print("héllo wörld".split("ö"))
