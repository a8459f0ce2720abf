# classes created in a loop inside a function close over the loop variable cell
def make_classes():
    classes = []
    for i in range(3):
        class K:
            captured_at_definition = i
            def late(self):
                return i
        classes.append(K)
    return classes
ks = make_classes()
print([k.captured_at_definition for k in ks], [k().late() for k in ks])
# using a default to capture per-iteration values
def make_classes2():
    classes = []
    for i in range(3):
        class K:
            def early(self, i=i):
                return i
        classes.append(K)
    return classes
print([k().early() for k in make_classes2()])
# a factory function gives each class its own cell
def factory(v):
    class K:
        def get(self):
            return v
    return K
print([factory(v)().get() for v in 'abc'])
# 2000 classes in a hot loop, each reading a free variable in its body
def many():
    total = 0
    for n in range(2000):
        class K:
            value = n * 2
        total += K.value
    return total
print(many())
# class body reading and writing the same name as an enclosing loop variable
def shadow():
    out = []
    for j in range(2):
        class K:
            j = 'class j'
            seen = j
        out.append((K.seen, j))
    return out
print(shadow())
