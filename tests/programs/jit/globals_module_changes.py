# Module globals changed behind a hot loop's back: through the module
# object, globals().update, and a global that starts as a builtin name.
import sys
mod = sys.modules[__name__]
K = 1

def reader(n):
    s = 0
    for i in range(n):
        s += K
        if i == 700:
            mod.K = 2
        if i == 1400:
            globals().update(K=3.0)
        if i == 2100:
            setattr(mod, "K", 4)
    return s

def builtin_then_global(n):
    s = 0
    for i in range(n):
        s += len("abc")
        if i == 1000:
            mod.len = lambda x: -1
        if i == 2000:
            delattr(mod, "len")
    return s

def new_global(n):
    hits = 0
    for i in range(n):
        try:
            hits += LATE
        except NameError:
            hits -= 1
        if i == 1500:
            globals()["LATE"] = 10
    return hits

print(reader(3000))
print(builtin_then_global(3000))
print(new_global(3000))
