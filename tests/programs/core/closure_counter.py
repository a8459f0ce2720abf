def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1(), c2(), c2(), c1())
print(c1.__closure__ is not None, len(c1.__closure__), c1.__code__.co_freevars)
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
print(get())
set_(42)
print(get())
g2, s2 = make_pair()
print(g2(), get())
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = accumulator()
add("a")
add("b")
print(items, add("c"), items)
def make_multipliers():
    result = []
    for factor in (2, 3, 4):
        def mul(x, f=factor):
            return x * f
        result.append(mul)
    return result
print([m(10) for m in make_multipliers()])
def counter_dict():
    state = {"n": 0}
    def tick():
        state["n"] += 1  # mutation needs no nonlocal
        return state["n"]
    return tick
t = counter_dict()
print(t(), t(), t())
