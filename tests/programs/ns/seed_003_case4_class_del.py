# seed 003 example 4: after del in a class body the global is found again
x = 'x in module'
class A():
    x = 'x in A'
    print(x)
    del x
    print(x)
print(hasattr(A, 'x'))
# the function equivalent raises UnboundLocalError instead
def a():
    x = 'x in a'
    print(x)
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
a()
