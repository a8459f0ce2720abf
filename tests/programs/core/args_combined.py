def everything(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, sorted(kw.items())
print(everything(1, d=4))
print(everything(1, 20, 30, 40, 50, d=4, z=26, y=25))
print(everything(1, c=33, d=44, e=55, f=66))
print(everything(*[1, 2, 3, 4], **{"d": 0, "q": 1}))
def api(path, /, *parts, sep="/", **query):
    url = sep.join((path,) + parts)
    if query:
        url += "?" + "&".join([k + "=" + str(v) for k, v in query.items()])
    return url
print(api("root"), api("root", "a", "b"), api("r", "x", sep=":"), api("r", page=2, q="s"))
print(api("r", path="p"))
def kw_named_like_posonly(a, /, **kw):
    return a, kw
print(kw_named_like_posonly(1, a=2))
try:
    everything(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    everything(1, 2, c=3, d=4, **{"c": 5})
except TypeError as e:
    print(type(e).__name__, e)
