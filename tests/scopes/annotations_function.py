Number = int
def f(a: Number, b: "str" = "x", *args: int, key: bool = False, **kw: dict) -> Number:
    result: Number = a
    pending: list
    return result
def g(x: int) -> list[int]:
    y: int
    return [x]
def outer():
    T = int
    def inner(v: T) -> T:
        w: T = v
        return w
    return inner
