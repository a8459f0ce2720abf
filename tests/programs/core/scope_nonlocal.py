def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
    inner()
    return x
print(outer())
def not_nonlocal():
    x = 1
    def inner():
        x = 2  # plain local in inner
        return x
    return inner(), x
print(not_nonlocal())
def counter():
    n = 0
    def bump(by):
        nonlocal n
        old = n
        n = n + by
        return old
    return [bump(1), bump(2), bump(3), n]
print(counter())
def nested_nested():
    level = 0
    def a():
        nonlocal level
        level += 1
        def b():
            nonlocal level
            level += 1
            def c():
                nonlocal level
                level += 1
                return level
            return c()
        return b()
    return a(), level
print(nested_nested())
def nonlocal_param(p):
    def change():
        nonlocal p
        p = p * 2
    change()
    change()
    return p
print(nonlocal_param(5))
def aug_assign_list():
    lst = [1]
    def add():
        nonlocal lst
        lst += [2]
    add()
    return lst
print(aug_assign_list())
def nonlocal_for_target():
    i = None
    def run():
        nonlocal i
        for i in range(4):
            pass
    run()
    return i
print(nonlocal_for_target())
