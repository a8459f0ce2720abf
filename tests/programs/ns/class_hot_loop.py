# hot loops in class bodies use the class namespace (LOAD_NAME/STORE_NAME)
total = 'global total'
class A:
    total = 0
    for i in range(5000):
        total += i
print(A.total, A.i, total)
class B:
    seen = []
    for i in range(5000):
        if i == 2500:
            shadow = 'class'
        if i in (0, 2499, 2500, 4999):
            try:
                seen.append(shadow)
            except NameError:
                seen.append('missing')
        if i == 4000:
            del shadow
print(B.seen, hasattr(B, 'shadow'))
shadow = 'global shadow'
class C:
    seen = []
    for i in range(5000):
        if i == 2500:
            shadow = 'class'
        if i in (0, 2499, 2500, 4999):
            seen.append(shadow)
        if i == 4000:
            del shadow
print(C.seen)
# class-body loop writing through locals()
class D:
    n = 0
    while n < 5000:
        locals()['n'] = n + 7
print(D.n)
# a loop in a class body inside a function reads a free variable
def f():
    step = 3
    class E:
        acc = 0
        for _ in range(5000):
            acc += step
    return E.acc
print(f())
# same, with the class namespace shadowing the free variable midway
def g():
    step = 1
    class F:
        acc = 0
        for j in range(5000):
            if j == 2500:
                locals()['step'] = 100
            acc += step
    return F.acc
print(g())
