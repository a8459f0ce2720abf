import sys
n = sys.stdout.write("written with sys.stdout.write\n")
print("returned", n)
sys.stdout.write("no newline; ")
sys.stdout.write("same line\n")
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
sys.stderr.write("this goes to stderr\n")
print("to stderr via print", file=sys.stderr)
print(sys.stdout.isatty() in (True, False), hasattr(sys.stdout, "encoding"))
print(sys.stdout is sys.__stdout__)

class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass

old = sys.stdout
cap = Capture()
sys.stdout = cap
print("captured line")
print("second", 2)
sys.stdout = old
print("restored; captured:", cap.data)
print("".join(cap.data).splitlines())

try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
sys.stderr.write("final stderr line\n")
