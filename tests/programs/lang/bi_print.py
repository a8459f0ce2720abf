import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep="|")
print(*range(5))
print(*"abc", sep="-")
print("x", sep=None, end=None)
print("to stdout", file=sys.stdout)
print("to None file", file=None)
print("", end="")
print("multi\nline\ttab")
print("flush", flush=True)
print(sep="ignored")
print("a", "b", sep="\n")
class S:
    def __str__(self):
        return "custom str"
print(S(), [S()] if False else "skip")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "writer", file=w, sep="+")
print(w.parts)
sys.stdout.write("raw write\n")
n = sys.stdout.write("counted\n")
print(n)
print("é ☃ 😀")
print(b"bytes print", bytearray(b"x"))
print("%d items" % 3, f"{'fmt':>5}")
print(repr(""), "", "end")
