found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
g = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(g, 6), search(g, 10))
count = 0
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
        count += 1
    i += 1
print(count)
out = []
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a == b == c:
                out.append(a)
                continue
            if a + b + c > 4:
                break
        else:
            out.append("inner-else")
print(out)
for x in range(3):
    pass
print(x)
