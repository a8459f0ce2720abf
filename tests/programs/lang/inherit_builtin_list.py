class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
print(s.pop(), s)
print(s + [9], type(s + [9]).__name__)
print(s[0:1], type(s[0:1]).__name__)
print(s == [1, 2], s != [1, 2])

class LoggingList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []
    def append(self, x):
        self.log.append(("append", x))
        super().append(x)
    def __setitem__(self, i, v):
        self.log.append(("set", i, v))
        super().__setitem__(i, v)
    def __getitem__(self, i):
        return super().__getitem__(i)

ll = LoggingList([3, 1, 2])
ll.append(4)
ll[0] = 30
ll.extend([5])
ll.sort()
print(ll, ll.log)

class Named(list):
    def __repr__(self):
        return "Named" + super().__repr__()
n = Named([1, 2])
print(n, str(n), [n], "%s" % n)

# Subclass with extra attributes keeps them
n.tag = "t"
print(n.tag)

# Iteration and comprehension work
print([x * 2 for x in Stack([1, 2, 3])], sum(Stack([4, 5])), sorted(Stack([3, 1, 2])))

# Overridden __len__ is used by len but not by list methods
class Liar(list):
    def __len__(self):
        return 100
l = Liar([1, 2])
print(len(l), l, bool(Liar()))

class Ordered(list):
    def __contains__(self, x):
        return "always"
print(5 in Ordered(), 5 not in Ordered())
