# several closures share one cell; each call of the factory gets new cells
def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def dec():
        nonlocal n
        n -= 1
        return n
    def peek():
        return n
    return inc, dec, peek
inc, dec, peek = make()
inc(); inc(); inc(); dec()
print(peek())
inc2, dec2, peek2 = make()
inc2()
print(peek(), peek2())
print(inc.__closure__[0] is peek.__closure__[0], inc.__closure__[0] is inc2.__closure__[0])
print(peek.__closure__[0].cell_contents)
def loop_cells():
    fs = []
    for i in range(3):
        def scope(i=i):
            def get():
                return i
            return get
        fs.append(scope())
    return [f() for f in fs]
print(loop_cells())
def cell_and_local_same_function(n):
    result = []
    def push(v):
        result.append(v)
    for k in range(n):
        push(k * k)
    return result
print(cell_and_local_same_function(5))
