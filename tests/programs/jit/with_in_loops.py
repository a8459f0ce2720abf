# Context managers entered in hot loops, with exceptions suppressed by
# __exit__ and break/continue inside with blocks.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
        self.enters = 0
        self.exits = 0
        self.seen = []
    def __enter__(self):
        self.enters += 1
        return self.enters
    def __exit__(self, et, ev, tb):
        self.exits += 1
        if et is not None:
            if len(self.seen) < 3:
                self.seen.append(et.__name__)
            return self.suppress
        return False

def main(n):
    cm = CM(True)
    s = 0
    for i in range(n):
        with cm as k:
            s += k
            if i % 3 == 0:
                continue
            if i % 5 == 0:
                s += 1 // 0
            s += 1
        if i == n - 10:
            break
    return s, cm.enters, cm.exits, cm.seen

def not_suppressed(n):
    cm = CM(False)
    s = 0
    try:
        for i in range(n):
            with cm:
                s += i
                if i == 2222:
                    raise KeyError(i)
    except KeyError as e:
        print("escaped", e, s, cm.enters, cm.exits, cm.seen)

def nested_with(n):
    a, b = CM(True), CM(True)
    t = 0
    for i in range(n):
        with a, b:
            t += 1
            if i % 2:
                raise ValueError
            t += 1
    return t, a.exits, b.exits, a.seen, b.seen

print(main(3000))
not_suppressed(3000)
print(nested_with(3000))
