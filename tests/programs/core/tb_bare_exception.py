def level3():
    raise ValueError
def level2():
    level3()
def level1():
    try:
        level2()
    except ValueError:
        print("seen, re-raising")
        raise
level1()
