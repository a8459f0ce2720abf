from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

calls = []
@lru_cache(maxsize=2)
def slow_square(x):
    calls.append(x)
    return x * x

for v in [1, 2, 1, 3, 1, 2, 2]:
    slow_square(v)
print(calls, slow_square.cache_info())
ci = slow_square.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, type(ci).__name__)

@lru_cache
def no_parens(a, b=1):
    calls.append(("np", a, b))
    return a + b
calls.clear()
no_parens(1)
no_parens(1)
no_parens(1, 1)
no_parens(a=1)
no_parens(1, b=1)
print(calls, no_parens.cache_info())

@lru_cache(maxsize=None, typed=True)
def typed_fn(x):
    return type(x).__name__
print(typed_fn(1), typed_fn(1.0), typed_fn.cache_info().currsize)

@lru_cache(maxsize=None)
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped.cache_info().currsize)

@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info().currsize)

try:
    slow_square([1])
except TypeError as e:
    print(type(e).__name__, e)

print(fib.__name__, fib.__wrapped__(10) if False else fib(10), callable(fib.__wrapped__))

@lru_cache(maxsize=0)
def never_cached(x):
    return x
never_cached(1)
never_cached(1)
print(never_cached.cache_info())

class Calc:
    @lru_cache(maxsize=None)
    def double(self, x):
        return x * 2
c = Calc()
print(c.double(4), c.double(4), Calc.double.cache_info().hits)
