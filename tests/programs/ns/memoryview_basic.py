# memoryview over bytes and bytearray: reading, comparing, releasing
m = memoryview(b"abc")
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m.hex(), m == b"abc", m.readonly, m.nbytes, m.format, m.itemsize, m.ndim)
ba = bytearray(b"xy")
v = memoryview(ba)
ba[0] = 119
print(v.tobytes(), v.readonly, v.obj is ba, bytes(v))
try:
    memoryview("s")
except TypeError as e:
    print(e)
with memoryview(b"q") as w:
    print(w.tobytes())
try:
    w.tobytes()
except ValueError as e:
    print(e)
try:
    m[5]
except IndexError as e:
    print(e)
print(type(m).__name__, eval(memoryview(b"2*3")))
