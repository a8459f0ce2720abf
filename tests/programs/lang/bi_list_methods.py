lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.insert(0, 2)
lst.insert(100, 6)
lst.insert(-1, 7)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.count(1), lst.count(99))
print(lst.index(4, 1), lst.index(1, 0, 5))
lst.reverse()
print(lst)
lst.sort()
print(lst)
cp = lst.copy()
cp.append("x")
print(lst, cp)
lst.clear()
print(lst, len(lst))

# Constructors
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1}), list({3}))

# Operators
a = [1, 2]
print(a + [3], a * 2, [0] * 3, 2 in a, a == [1, 2], a < [1, 3], a[::-1])
b = a
b += [3]
print(a, a is b)
b = b + [4]
print(a, b)
nested = [[0]] * 3
nested[0].append(1)
print(nested)

# Errors
for fn in [lambda: [].pop(), lambda: [1].index(2), lambda: [1].remove(2), lambda: [1].pop(3),
           lambda: [1].insert("a", 1), lambda: [1, "a"].sort(), lambda: [].index(1, "x")]:
    try:
        fn()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

# List as stack and queue
stack = []
for i in range(3):
    stack.append(i)
print([stack.pop() for _ in range(3)])
queue = [1, 2, 3]
print(queue.pop(0), queue)

# Identity vs equality in index/count/remove
x = float("nan")
lst = [x, 1]
print(lst.index(x), lst.count(x), x in lst)

# extend with iterator / string / self
l2 = [1]
l2.extend(iter([2, 3]))
l2.extend("ab")
l2.extend(l2)
print(l2)

# Multi-dimensional list creation
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)

# len/min/max/sum of list and list of lists
print(len([[1, 2], [3]]), max([[1, 2], [3]]), sum([[1], [2]], []))
