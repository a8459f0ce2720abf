def f():
    i = "nonlocal"
    class C:
        nonlocal i
        print(i)
        i = "new"
        def m(self):
            return i
    return i
