def apply_all(funcs, value):
    return [f(value) for f in funcs]
def outer():
    def inner(x):
        return [1, 2, 3][x]
    return apply_all([lambda v: v + 1, inner, lambda v: inner(v * 10)], 1)
print(outer())
