# A raise statement deep in a hot loop, uncaught, with chained context.
class Stop(Exception):
    pass

def check(i, acc):
    if acc > 2**63:
        raise Stop("acc=%d at %d" % (acc, i))

def run():
    acc = 1
    for i in range(50000):
        try:
            acc = acc + acc // 333 + i
            check(i, acc)
        except Stop:
            raise OverflowError("too big at %d" % i)
        if i % 1000 == 0:
            print(i, acc)

run()
