g = 1
def read():
    return g
def write():
    global g
    g = 2
def create():
    global brand_new
    brand_new = "created"
print(read())
write()
print(read(), g)
create()
print(brand_new)
def shadow():
    g = "local"
    return g
print(shadow(), g)
def nested_global():
    def inner():
        global g
        g += 10
    inner()
    return g
print(nested_global(), g)
def global_in_inner_only():
    g = "enclosing"
    def inner():
        global g
        return g
    return inner(), g
print(global_in_inner_only())
def multi():
    global a1, a2
    a1, a2 = 5, 6
multi()
print(a1, a2)
def loop_global():
    global counter
    for counter in range(3):
        pass
loop_global()
print(counter)
def del_global():
    global brand_new
    del brand_new
del_global()
try:
    print(brand_new)
except NameError as e:
    print(type(e).__name__, e)
def aug():
    global g
    g *= 3
    return g
print(aug())
def reads_builtin():
    return len("abc"), abs(-1)
len = lambda x: "shadowed"
print(reads_builtin())
del len
print(reads_builtin())
