def outer():
    x = 0
    def middle():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        return r, x
    a = middle()
    b = middle()
    return a, b, x
print(outer())
def two_vars():
    a = 1
    b = 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(two_vars())
def skip_level():
    x = "top"
    def mid():
        def inner():
            nonlocal x  # binds to skip_level's x through mid
            x = "changed by inner"
        inner()
        return x
    return mid(), x
print(skip_level())
def mid_shadow():
    x = "top"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "inner changed mid"
        inner()
        return x
    return mid(), x
print(mid_shadow())
def nonlocal_in_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(nonlocal_in_loop())
def nonlocal_del():
    x = 1
    def d():
        nonlocal x
        del x
    d()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(nonlocal_del())
