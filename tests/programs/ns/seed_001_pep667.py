# seed 001: the PEP 667 example
import sys
def l():
    "Get the locals of caller"
    return sys._getframe(1).f_locals
def test():
    if 0: y = 1 # Make 'y' a local variable
    x = 1
    l()['x'] = 2
    l()['y'] = 4
    l()['z'] = 5
    print(locals(), x)
    print(y)
    try:
        print(z)
    except NameError as e:
        print(type(e).__name__, e)
test()
# z stays a global lookup; once a global z exists it is what the code sees
z = 'global z'
def test2():
    if 0: y = 1
    x = 1
    l()['x'] = 2
    l()['y'] = 4
    l()['z'] = 5
    return locals(), x, y, z
print(test2())
# if z is a free variable from an enclosing function, the cell is what matters
def outer():
    z = 'enclosing z'
    def test3():
        l()['z'] = 5
        return z, locals()
    return test3(), z
print(outer())
# in a hot loop
def test4():
    if 0: y = 1
    x = 0
    for i in range(5000):
        l()['x'] = x + 1
        l()['y'] = i
        l()['w'] = i
    return x, y, locals()['w'], 'w' in l()
print(test4())
