# name errors raised and caught inside hot loops
def f():
    errors = 0
    value = 0
    for i in range(5000):
        if i % 500 == 0:
            del value
        try:
            value += 1
        except UnboundLocalError:
            errors += 1
            value = 0
    return errors, value
print(f())
# global appearing and disappearing in a loop
def g():
    hits = misses = 0
    for i in range(5000):
        if i % 3 == 0:
            globals()['flicker'] = i
        elif i % 3 == 1:
            del globals()['flicker']
        try:
            flicker
            hits += 1
        except NameError:
            misses += 1
    return hits, misses
print(g())
# a free variable deleted and re-bound by the enclosing function in a loop
def h():
    results = []
    cell = 0
    def read():
        try:
            return cell
        except NameError as e:
            return 'unbound'
    for i in range(5000):
        if i % 1000 == 0:
            del cell
            results.append(read())
            cell = i
            results.append(read())
    return results
print(h())
# the messages are stable in a loop
def msgs():
    seen = set()
    for i in range(100):
        try:
            undefined_in_loop
        except NameError as e:
            seen.add(str(e))
    return sorted(seen)
print(msgs())
