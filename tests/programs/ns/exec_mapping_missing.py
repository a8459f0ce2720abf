# locals as a dict subclass with __missing__
log = []

class Missing(dict):
    def __missing__(self, key):
        log.append(('missing', key))
        if key.startswith('auto_'):
            return key[5:].upper()
        raise KeyError(key)

ns = Missing(a=1)
exec("b = a + 1\nc = auto_xyz\nd = len('four')", {}, ns)
print(sorted(ns.items()))
print(log)
log.clear()
print(eval("auto_hello + auto_w", {}, ns))
print(log)
log.clear()
try:
    exec("print(nothing_here)", {}, ns)
except NameError as e:
    print(type(e).__name__, e)
print(log)
log.clear()
# globals only: locals is the same Missing object, so lookups go through it
gm = Missing()
try:
    exec("print(auto_top)", gm)
except NameError as e:
    print(type(e).__name__, e)
print(log)
log.clear()
# separate exact-dict locals: the globals lookup of LOAD_NAME ignores __missing__
gm3 = Missing()
try:
    exec("print(auto_sep)", gm3, {})
except NameError as e:
    print(type(e).__name__, e)
print(log)
log.clear()
# inside a function the global lookup uses the mapping protocol when globals is not an exact dict
gm2 = Missing()
exec("def f():\n    return auto_infunc\n", gm2)
try:
    print(gm2['f']())
except NameError as e:
    print(type(e).__name__, e)
print(log)
log.clear()
# __missing__ in locals and a function defined there
ns2 = Missing()
exec("def g():\n    return 1\nr = g()", {}, ns2)
print(ns2['r'], log)
