ba = bytearray(b"Hello, World")
print(ba, len(ba), ba[0], ba[-1], ba[:5], ba[::-1])
ba[0] = ord("J")
ba[7:12] = b"There"
print(ba)
ba.extend(b"!!")
ba.append(0x3F)
print(ba, ba.count(b"!"), ba.find(b"The"), ba.index(b"!"), ba.rfind(b"!"))
print(ba.upper(), ba.lower(), ba.replace(b"!", b"."), ba.split(b", "), ba.startswith(b"Jello"))
del ba[5:]
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba.clear()
print(ba, bytearray(b"abc") * 2, bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"))
print(type(b"ab" + bytearray(b"cd")).__name__, type(bytearray(b"ab") + b"cd").__name__)

data = bytearray(range(10))
data[::2] = bytes(5)
print(data, list(data))
print(bytearray.fromhex("ff 00 10").hex(), bytearray(b"xyz").hex(":"), bytes(data[1:4]))

# Mutating through a loop
buf = bytearray(b"abcdef")
for i in range(len(buf)):
    buf[i] = buf[i] - 32
print(buf, buf.decode())

# Conversions and comparisons
print(bytes(bytearray(b"q")) == b"q", bytearray(b"a") < bytearray(b"b"), b"a" in bytearray(b"cab"), 98 in bytearray(b"ab"))
print(list(bytearray(3)), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray(b"\x00\xff").hex())
try:
    bytearray([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a")[0] = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a")[0] = b"b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)

# bytes methods returning new objects
b = b"  Mixed Case Bytes  "
print(b.strip(), b.lstrip(), b.rstrip(), b.swapcase(), b.title(), b.capitalize(), b.split(), b.center(24, b"*"))
print(b"a,b,,c".split(b","), b"line1\nline2\r\n".splitlines(), b"k:v".partition(b":"), b"x".join([b"1", b"2", b"3"]))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"), b"%05.1f|%-4s|" % (3.14159, b"ab"))
print(b"\x01\x02".hex(), bytes.fromhex("0102") == b"\x01\x02", b"ABC".isupper(), b"abc".islower(), b"a1".isalnum(), b"".isdigit())
