# CPython's symtable module takes any table named "top" for the module.
def top(self, which, howmuch=1):
    inner = which + howmuch

    def g():
        return inner

    return g


class top:
    x = 1

    def top(self, y):
        z = y
        return z


def outer():
    v = 1

    def top():
        return v

    return top
