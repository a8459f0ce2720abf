class Shape:
    sides = None
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if "area" not in cls.__dict__:
            print(f"  warning: {cls.__name__} does not override area")

class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Blob(Shape):
    pass

for shape in [Square(3), Circle(1), Blob()]:
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print(type(e).__name__, e)

# Duck typing: anything with area() works
class Fake:
    def area(self):
        return 1.0
print(Shape.describe(Fake()))

# Protocol via special methods: a container that supports len, iter, contains, getitem
class Deck:
    ranks = "A23456789TJQK"
    suits = "SH"
    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]

d = Deck()
print(len(d), d[0], d[-1], d[3:6], "KH" in d, "ZZ" in d)
print([c for c in d][:3], list(reversed(d))[:2], sorted(d)[:3])

# Comparable protocol via __lt__ only for sorting and min/max
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return f"Task({self.pri}, {self.name!r})"
tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "a2")]
print(sorted(tasks), min(tasks), max(tasks))

# Hashable value objects used in sets/dicts
class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __eq__(self, o):
        return isinstance(o, Money) and (self.amount, self.cur) == (o.amount, o.cur)
    def __hash__(self):
        return hash((self.amount, self.cur))
    def __repr__(self):
        return f"{self.amount} {self.cur}"
wallet = {Money(5, "EUR"), Money(5, "EUR"), Money(5, "USD")}
print(len(wallet), Money(5, "USD") in wallet, sorted(map(repr, wallet)))

# Template method pattern with hooks
class Report:
    def render(self):
        return "\n".join([self.header(), *self.body(), self.footer()])
    def header(self):
        return "== " + self.title + " =="
    def footer(self):
        return "-" * (len(self.title) + 6)
class Sales(Report):
    title = "Sales"
    def body(self):
        return [f"{k}: {v}" for k, v in {"q1": 10, "q2": 12}.items()]
print(Sales().render())
