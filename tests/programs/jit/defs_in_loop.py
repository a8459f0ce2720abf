# Functions, lambdas and classes created inside hot loops, capturing loop
# values through defaults and cells.
def main(n):
    fs = []
    for i in range(n):
        def f(x, k=i):
            return x + k
        fs.append(f)
    cells = []
    for i in range(n):
        j = i * 2
        cells.append(lambda: j)
    classes = []
    for i in range(n):
        class C:
            v = i
            def get(self):
                return self.v * 2
        if i % 1000 == 0:
            classes.append(C)
    return (sum(f(1) for f in fs), fs[10](5), cells[0](), cells[-1](),
            [c().get() for c in classes], classes[0].__name__)

print(main(3000))
