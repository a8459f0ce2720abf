# deleting a class-level name makes later reads fall back to globals/builtins
x = 'global x'
class A:
    x = 'class x'
    first = x
    del x
    second = x
print(A.first, A.second, hasattr(A, 'x'))
class B:
    len = 'class len'
    first = len
    del len
    second = len('ab')
print(B.first, B.second)
# deleting a name that does not exist in the class namespace raises NameError
try:
    class C:
        del x
except NameError as e:
    print(type(e).__name__, e)
print(x)
# del of a name makes it local to the class body: the enclosing cell is not consulted
def f():
    y = 'cell y'
    class D:
        try:
            del y
        except NameError as e:
            err = str(e)
        try:
            seen = y
        except NameError as e:
            seen = 'NameError: ' + str(e)
    return D.err, D.seen
print(f())
y = 'global y'
print(f())
# delete then rebind in a loop
class E:
    out = []
    for i in range(4):
        if i % 2:
            x = 'class x ' + str(i)
        out.append(x)
        if i % 2:
            del x
print(E.out)
# a class-level name that was deleted is not an attribute
class F:
    tmp = 1
    del tmp
print('tmp' in F.__dict__)
