def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
def outer(n):
    def walk(k):
        return 0 if k == 0 else 1 + walk(k - 1)
    return walk(n)
def even(n):
    def is_even(k):
        return k == 0 or is_odd(k - 1)
    def is_odd(k):
        return k != 0 and is_even(k - 1)
    return is_even(n)
