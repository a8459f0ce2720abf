from itertools import accumulate, groupby
import operator
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([[1], [2], [3]])))
print(list(accumulate([10, 5, 2], lambda a, b: a - b, initial=0)))
print(list(accumulate(range(1, 6), func=lambda acc, x: acc * 10 + x)))

data = "AAAABBBCCDAABBB"
print([(k, len(list(g))) for k, g in groupby(data)])
print([k for k, _ in groupby(data)])
print([(k, "".join(g)) for k, g in groupby(sorted(data))])

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, group in groupby(words, key=lambda w: w[0]):
    print(key, list(group))
for key, group in groupby(sorted(words, key=len), key=len):
    print(key, list(group))

# Groups share the underlying iterator: earlier groups are invalid once advanced
groups = [(k, g) for k, g in groupby("aabbc")]
print([(k, list(g)) for k, g in groups])

# Group by parity of consecutive numbers
nums = [1, 3, 5, 2, 4, 7, 9, 8]
print([(k, list(g)) for k, g in groupby(nums, key=lambda n: n % 2 == 0)])

# Run-length encoding and decoding
def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
enc = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB")
print(enc, unrle(enc) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB")

# Running average with accumulate
vals = [2, 4, 6, 8]
sums = list(accumulate(vals))
print([s / (i + 1) for i, s in enumerate(sums)])
