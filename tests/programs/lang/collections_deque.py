from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d, d.count(7), d.index(7), 8 in d)
d.remove(7)
d.insert(1, "ins")
print(d)
d.reverse()
print(d, list(reversed(d)))
d[0] = "first"
del d[1]
print(d)
d.clear()
print(d, bool(d))

m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(list(m), end=" ")
print()
print(m, m.maxlen)
m.appendleft("L")
print(m)
m.extend("xy")
print(m)
m.rotate(1)
print(m)

last_three = deque("abcdefg", maxlen=3)
print(last_three, deque(maxlen=0), deque([1, 2], 5))

try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque([1])[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque([1, 2], maxlen=2).insert(0, 9)
except IndexError as e:
    print(type(e).__name__, e)

# Comparisons, copying, concatenation
a = deque([1, 2])
b = a.copy()
b.append(3)
print(a, b, a == deque([1, 2]), a < b, a + b, a * 2)

# Sliding window maximum with deque
def window_max(nums, k):
    dq, out = deque(), []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

# BFS with deque
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order
print(bfs("a"))
