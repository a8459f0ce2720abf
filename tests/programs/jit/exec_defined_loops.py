# Functions with hot loops defined by exec() in custom globals dicts; the
# loop reads a global that the dict's owner rebinds mid-loop.
src = '''
def f(n):
    s = 0
    for i in range(n):
        s += K * i
        if i == n // 2:
            g["K"] = 0.5
    return s
'''
g = {"K": 3}
g["g"] = g
exec(src, g)
print(g["f"](3000), g["K"])
g["K"] = 2**62
print(g["f"](3000), g["K"])

ns = {}
exec("def h(n):\n    t = 0\n    for i in range(n):\n        t += len(str(i))\n    return t\n", ns)
print(ns["h"](3000))

code = compile("t = 0\nfor i in range(3000):\n    t += i * i\n", "<m>", "exec")
d = {}
exec(code, d)
print(d["t"], d["i"])

def runner(n):
    out = []
    for k in range(n):
        loc = {}
        exec("r = [x * %d for x in range(5)]" % (k % 3), {}, loc)
        if k % 500 == 0:
            out.append(loc["r"])
    return out

print(runner(2000))
