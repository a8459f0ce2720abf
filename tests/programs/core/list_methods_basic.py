a = []
a.append(1)
a.append("two")
a.append([3])
print(a, len(a))
a.extend([4, 5])
a.extend("ab")
a.extend(range(2))
a.extend(())
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
b = a.copy()
b.append("only b")
print(len(a), len(b), b[-1], a is b, a == b[:-1])
c = [3, 1, 2]
c.reverse()
print(c)
c.clear()
print(c, len(c))
d = [1, 2]
d += [3]
d += (4,)
d += "5"
print(d)
e = d
e += [6]
print(d is e, d)
d = d + [7]
print(d is e, d, e)
print(list(), list("xyz"), list((1, 2)), list(range(3)), list({1: "a", 2: "b"}))
r = [0] * 3
r[1] = 5
r[-1] = 9
print(r)
try:
    r[3] = 1
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    r[-4]
except IndexError as ex:
    print(type(ex).__name__, ex)
print(r.append(1), r)
nums = [5, 3, 8]
total = 0
for n in nums:
    total += n
print(total, sum(nums), max(nums), min(nums))
print([1, 2, 3].__len__(), [].copy())
