import operator as op
print(op.add(2, 3), op.sub(5, 8), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.lshift(1, 4), op.rshift(256, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(3, 2), op.ge(1, 2))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.getitem([10, 20], 1), op.getitem({"k": "v"}, "k"), op.index(7), op.matmul.__name__)
lst = [1, 2, 3]
op.setitem(lst, 0, 100)
op.delitem(lst, 1)
print(lst)
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.imul("ab", 2))

from functools import reduce
print(reduce(op.mul, range(1, 7)), list(map(op.add, [1, 2], [10, 20])), sorted([3, 1, 2], key=op.neg))

ig = op.itemgetter(1)
print(ig([5, 6, 7]), ig("xyz"), op.itemgetter(0, 2)("abc"), op.itemgetter("a", "b")({"a": 1, "b": 2}))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=op.itemgetter(1)), sorted(pairs, key=op.itemgetter(0)), max(pairs, key=op.itemgetter(1)))
print(op.itemgetter(slice(1, None))([1, 2, 3]))

class P:
    def __init__(self, name, age, inner=None):
        self.name = name
        self.age = age
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
people = [P("bob", 30), P("amy", 25, P("kid", 3)), P("cid", 35)]
ag = op.attrgetter("age")
print([ag(p) for p in people], [p.name for p in sorted(people, key=ag)])
print(op.attrgetter("name", "age")(people[0]), op.attrgetter("inner.name")(people[1]))
mc = op.methodcaller("greet", "hello")
print(mc(people[0]), op.methodcaller("greet", "hi", punct="?")(people[2]))
print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",")("a,b"), op.methodcaller("count", "a")("banana"))
print(repr(op.itemgetter(1)), repr(op.attrgetter("x")), repr(op.methodcaller("m", 1, k=2)))
try:
    op.attrgetter("missing")(people[0])
except AttributeError as e:
    print(type(e).__name__, e)
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
print(op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
