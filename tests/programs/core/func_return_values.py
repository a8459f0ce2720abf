def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, multi())
def early(x):
    if x < 0:
        return "neg"
    if x == 0:
        return
    for i in range(10):
        if i * i > x:
            return i
    return "big"
print(early(-1), early(0), early(5), early(50), early(1000))
def in_loop():
    for i in range(5):
        while True:
            return i
print(in_loop())
def bare():
    return
print(bare(), repr(bare()))
def nested_ret(n):
    def helper(k):
        return k * n
    return [helper(i) for i in range(n)]
print(nested_ret(4))
def swap(a, b):
    return b, a
x, y = swap(1, 2)
print(x, y)
def star_ret():
    rest = [2, 3]
    return 1, *rest
print(star_ret())
