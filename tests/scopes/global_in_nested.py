x = "module"
def outer():
    x = "outer"
    def inner():
        global x
        x = "set by inner"
        def innermost():
            return x
        return innermost
    def sibling():
        return x
    return inner, sibling
