grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
alias = [[0] * 3] * 3
alias[1][2] = 5
print(alias, alias[0] is alias[2])
print([1, 2] * 3, [] * 10, [None] * 2, 2 * ["a"], [1] * 0, [1] * -1)
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][0], m[-1][-1], len(m), len(m[0]))
m[0][1:] = [20, 30]
print(m)
t = [list(row) for row in zip(*m)]
print(t)
deep = [1, [2, [3, [4, [5]]]]]
print(deep, deep[1][1][1][1][0])
flat = []
stack = [deep]
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(reversed(item))
    else:
        flat.append(item)
print(flat)
z = [[]] * 2
z[0].append("shared")
print(z)
x = [1, 2]
x *= 2
print(x)
x *= 0
print(x)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
print(sum([[1], [2, 3], []], []))
