# IndexError after walking off the end of a list in a hot loop.
def walk(a):
    i = 0
    s = 0
    while True:
        s += a[i]
        i += 1
        if i % 1000 == 0:
            print(i, s)

def neg(a):
    s = 0
    try:
        for i in range(1, 10**6):
            s += a[-i]
    except IndexError as e:
        print("neg", i, s, e)

data = list(range(2500))
neg(data)
walk(data)
