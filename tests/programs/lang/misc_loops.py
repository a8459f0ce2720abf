for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("no break")

for i in range(3):
    pass
else:
    print("loop finished, i =", i)

n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while finished")

while True:
    n -= 1
    if n < 2:
        break
print("after while True", n)

# Nested loops with flag / for-else search
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            break
    else:
        continue
    break
print("found at", r, c)

for candidate in range(2, 30):
    for d in range(2, candidate):
        if candidate % d == 0:
            break
    else:
        print(candidate, end=" ")
print()

# Loop over dict while building another
src = {"a": 1, "b": 2, "c": 3}
dst = {}
for k, v in src.items():
    if v == 2:
        continue
    dst[v] = k
print(dst)

# range with negative step, empty loop bodies
for i in range(10, 0, -3):
    print(i, end=",")
print()
for _ in []:
    print("never")
for _ in range(0):
    print("never")

# Loop variable reassignment does not affect iteration
for i in range(3):
    print("i before", i, end="; ")
    i = 100
print()

# Iterating and modifying a list by index
nums = [1, 2, 3, 4, 5, 6]
i = 0
while i < len(nums):
    if nums[i] % 2 == 0:
        nums.pop(i)
    else:
        i += 1
print(nums)

# try/finally with continue and break in loops
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

# Counting loop with multiple accumulators
total, count, biggest = 0, 0, None
for v in [4, 8, 15, 16, 23, 42]:
    total += v
    count += 1
    biggest = v if biggest is None or v > biggest else biggest
print(total, count, biggest, total / count)

# Loop with else and return inside function
def find(items, x):
    for idx, it in enumerate(items):
        if it == x:
            return idx
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
