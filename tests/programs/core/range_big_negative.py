big = range(0, 10 ** 20, 10 ** 18)
print(big, len(big), big[5], big[-1], 10 ** 19 in big, 10 ** 19 + 1 in big)
huge = range(10 ** 30)
print(huge[-1], huge[10 ** 29], huge[::10 ** 29], 10 ** 29 in huge)
try:
    print(len(huge))
except OverflowError as e:
    print(type(e).__name__, e)
neg = range(-1, -20, -4)
print(list(neg), len(neg), neg[-1], -9 in neg, -8 in neg)
print(list(range(-10, -30, -7)), list(range(10, -10, -6)), list(range(-3, 3)))
print(list(range(0, -5)), list(range(5, 5, -1)), len(range(0, -5, -1)))
r = range(2 ** 64, 2 ** 64 + 10, 3)
print(r, list(r), len(r))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2 ** 64)[2 ** 63])
print(range(-(2 ** 63), 2 ** 63, 2 ** 62)[1:3])
print(list(range(9, -1, -3)), list(range(9, -1, -3))[::-1])
