def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick_sort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print(merge_sort(data), quick_sort(data), merge_sort(data) == sorted(data))

def binary_search(xs, target, lo=0, hi=None):
    hi = len(xs) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binary_search(xs, target, mid + 1, hi)
    return binary_search(xs, target, lo, mid - 1)
s = sorted(data)
print([binary_search(s, t) for t in (3, 82, -5, 100)])

def n_queens(n):
    solutions = []
    def place(row, cols, d1, d2, board):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, board)
            board.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return solutions
sols = n_queens(6)
print(len(sols), sols[0], len(n_queens(8)))

def edit_distance(a, b, memo=None):
    memo = {} if memo is None else memo
    if (a, b) in memo:
        return memo[a, b]
    if not a:
        r = len(b)
    elif not b:
        r = len(a)
    elif a[0] == b[0]:
        r = edit_distance(a[1:], b[1:], memo)
    else:
        r = 1 + min(edit_distance(a[1:], b, memo), edit_distance(a, b[1:], memo), edit_distance(a[1:], b[1:], memo))
    memo[a, b] = r
    return r
print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"), edit_distance("", "abc"))

def power_set_sum(nums, target):
    if target == 0:
        return [[]]
    if not nums or target < 0:
        return []
    first, rest = nums[0], nums[1:]
    return [[first] + s for s in power_set_sum(rest, target - first)] + power_set_sum(rest, target)
print(power_set_sum([3, 34, 4, 12, 5, 2], 9))

def flood_fill(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return
    def fill(r, c):
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == old:
            grid[r][c] = new
            fill(r + 1, c); fill(r - 1, c); fill(r, c + 1); fill(r, c - 1)
    fill(r, c)
g = [list(row) for row in ["..#..", ".##..", "....#", "###.."]]
flood_fill(g, 0, 0, "o")
print("\n".join("".join(row) for row in g))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
print(gcd(1071, 462), max(range(1, 1000), key=collatz_len), collatz_len(27))
