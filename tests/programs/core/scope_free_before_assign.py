def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    return inner()
print(outer())
def outer2():
    def inner():
        return y
    y = 5
    del y
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + " " + str(e)
print(outer2())
def outer3():
    fs = []
    def inner():
        return z
    fs.append(inner)
    try:
        fs[0]()
    except NameError as e:
        print(type(e).__name__, e)
    z = "now bound"
    return fs[0]()
print(outer3())
def outer4():
    try:
        print(w)
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
    return lambda: w
print(outer4()())
print(issubclass(UnboundLocalError, NameError))
