s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]))
print(s[::3], s[-1:-11:-1], s[-1::-4], s[5::-1], s[:5:-1])
print(s[0:10:100], s[::-100])
u = "héllo wörld 😀!"
print(u[::-1], u[1:5], u[-3:], u[::3])
print(s[None:None], s[None:4], s[4:None:None], s[slice(1, 8, 3)])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)
big = 2 ** 80
print(s[-big:big], s[big:], repr(s[:-big]))
t = s
t = t[:3] + "XYZ" + t[6:]
print(t, s)
