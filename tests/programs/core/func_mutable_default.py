# the mutable default pitfall: the same list object is reused
def append_to(item, target=[]):
    target.append(item)
    return target
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
c = append_to(3, [])
print(c, append_to.__defaults__)
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(80), len(memo_fib.__defaults__[0]))
def count_calls(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]
print(count_calls(), count_calls(), count_calls({"n": 100}), count_calls())
def builder(x, acc=[]):
    acc = acc + [x]  # rebinding creates a new list: no sharing
    return acc
print(builder(1), builder(2))
