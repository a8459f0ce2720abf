# Related class-scope cases: free variable read before the enclosing function binds it,
# class namespace written through locals(), and nonlocal inside a class body.
i = 'global'
def f1():
    i = 'nonlocal'
    class C:
        print(i)
f1()

def f2():
    class C:
        try:
            print(i)
        except NameError as e:
            print(type(e).__name__ + ":", e)
    i = 'nonlocal'
f2()

def f3():
    class C:
        locals()['i'] = 'local'
        print(i)
    i = 'nonlocal'
f3()

def f4():
    i = 'nonlocal'
    class C:
        nonlocal i
        print(i)
        i = 'new nonlocal'
        print(i)
    print(i)
    return C
C = f4()
print(hasattr(C, 'i'))
