# Writes to a fixed relative file name; mode 'w' keeps reruns idempotent.
FNAME = "_tmp_bi_open_file.txt"

with open(FNAME, "w") as f:
    n = f.write("first line\n")
    print("wrote", n)
    f.write("second line\n")
    print("line", 3, "via print", file=f)
    f.writelines(["a\n", "b\n", "no newline"])
print(f.closed)

with open(FNAME) as f:
    content = f.read()
print(repr(content))

with open(FNAME, "r") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))

with open(FNAME) as f:
    for i, line in enumerate(f):
        print(i, repr(line.rstrip("\n")))

with open(FNAME) as f:
    print(list(f)[:2])

with open(FNAME, "a") as f:
    f.write("\nappended")
with open(FNAME) as f:
    print(f.read().splitlines()[-2:])

# Binary mode
with open(FNAME, "wb") as f:
    f.write(b"\x00\x01binary\xff")
with open(FNAME, "rb") as f:
    data = f.read()
print(data, type(data).__name__, len(data))

# Unicode content round trip
with open(FNAME, "w", encoding="utf-8") as f:
    f.write("héllo ☃\n")
with open(FNAME, "rb") as f:
    print(f.read())
with open(FNAME, encoding="utf-8") as f:
    print(f.read().strip())

# read(n)
with open(FNAME, "w") as f:
    f.write("0123456789")
with open(FNAME) as f:
    print(f.read(3), f.read(3), f.read(), repr(f.read()))

# Operations on closed files
f = open(FNAME)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)

# Writing to a read-only handle
with open(FNAME) as f:
    try:
        f.write("x")
    except Exception as e:
        print(type(e).__name__, e)

# Missing file
try:
    open("_tmp_definitely_missing_dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)

# Invalid mode
try:
    open(FNAME, "q")
except ValueError as e:
    print(type(e).__name__, e)

# Writing non-str in text mode
with open(FNAME, "w") as f:
    try:
        f.write(123)
    except TypeError as e:
        print(type(e).__name__, e)
